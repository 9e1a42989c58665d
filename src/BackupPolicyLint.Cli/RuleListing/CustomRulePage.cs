using BackupPolicyLint.Loading.Files;
using BackupPolicyLint.Loading.Yaml;
using BackupPolicyLint.Rules;

namespace BackupPolicyLint.Cli.RuleListing;

/// <summary>
/// `bpl rules explain` for a custom rule, which has no page in docs/rules: what its descriptor says, then the file that
/// declares it (a kind: Rule file is its own documentation; a script starts with its header).
/// </summary>
internal static class CustomRulePage
{
    public static string For(ListedRule rule, string workingDirectory)
    {
        var d = rule.Descriptor;
        var text = new System.Text.StringBuilder();
        text.Append("# ").Append(d.Id).Append(' ').Append(d.Name).Append("\n\n");
        text.Append(d.Title).Append("\n\n");
        text.Append("A custom rule of this project, declared in `").Append(rule.Origin).Append("`; default severity P/S/D ")
            .Append(d.Severities).Append(" (a pack entry for ").Append(d.Id).Append(" or ").Append(d.Name).Append(" overrides it).\n\n");
        if (d.Requires != RuleRequirements.None)
        {
            text.Append("Requires: ").Append(RuleDocCells.Requires(d)).Append(" (judged before the rule runs).\n\n");
        }

        var full = Path.GetFullPath(rule.Origin, workingDirectory);
        if (File.Exists(full))
        {
            var fence = full.EndsWith(".csx", StringComparison.OrdinalIgnoreCase) ? "csharp" : "yaml";
            text.Append("## Definition\n\n```").Append(fence).Append('\n')
                .Append(InputFileReader.ReadText(full, ReaderLimits.Default.MaxFileBytes).TrimEnd()).Append("\n```\n");
        }

        return text.ToString();
    }
}
