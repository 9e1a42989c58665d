using BackupPolicyLint.Rules;
using BackupPolicyLint.Rules.Controls;

namespace BackupPolicyLint.Cli.RuleListing;

/// <summary>
/// docs/rules/controls.md, generated whole: each rule's controls per framework, and each control's rules, from the
/// descriptors' <see cref="RuleDescriptor.Controls"/> (the rules that name none, the diagnostics, are left out).
/// </summary>
internal static class ControlMatrixPage
{
    public const string FileName = "controls.md";

    private static readonly ControlFramework[] Frameworks = Enum.GetValues<ControlFramework>();

    public static string Render(IReadOnlyList<RuleDescriptor> catalogue)
    {
        var mapped = catalogue.Where(d => d.Controls.Count > 0).ToList();
        var text = new System.Text.StringBuilder();
        text.Append("# Control matrix\n\n")
            .Append("Which controls each rule is evidence for. Generated from the rules' descriptors by\n")
            .Append($"`{RuleDocsGenerator.Command}`; do not edit. The mapping is bpl's reading, not a\n")
            .Append("certification; how reports use it is in [reports.md](../reports.md).\n\n")
            .Append("## By rule\n\n")
            .Append("| id | name | ").Append(string.Join(" | ", Frameworks.Select(f => f.ToTitle()))).Append(" |\n")
            .Append("|---|---|").Append(string.Concat(Frameworks.Select(_ => "---|"))).Append('\n');
        foreach (var rule in mapped)
        {
            text.Append($"| [{rule.Id}]({rule.Id}.md) | {rule.Name} | ")
                .Append(string.Join(" | ", Frameworks.Select(f => string.Join(", ", rule.Controls.Where(c => c.Framework == f).Select(c => c.Id)))))
                .Append(" |\n");
        }

        text.Append("\n## By control\n\n| framework | control | title | rules |\n|---|---|---|---|\n");
        foreach (var control in ControlCatalog.All.Concat(mapped.SelectMany(d => d.Controls)).Distinct())
        {
            var rules = mapped.Where(d => d.Controls.Contains(control)).Select(d => d.Id).ToList();
            text.Append($"| {control.Framework.ToShortTitle()} | {control.Id} | {Cell(control.Title)} | {(rules.Count == 0 ? "none" : string.Join(", ", rules))} |\n");
        }

        return text.ToString();
    }

    /// <summary>A table cell: a '|' in a title ("System Backup | Testing for ...") would end the cell.</summary>
    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
