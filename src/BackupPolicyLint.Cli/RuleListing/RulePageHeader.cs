using BackupPolicyLint.Rules;

namespace BackupPolicyLint.Cli.RuleListing;

/// <summary>
/// A rule's page (docs/rules/BPLnnn.md): its title line ("# BPL101: system-database-not-covered") and its header table
/// are generated from the descriptor; the prose under them is hand-written. A rule without a page gets one with the
/// template's headings, each to be written (<see cref="ToWrite"/>).
/// </summary>
internal static class RulePageHeader
{
    /// <summary>What a new page says under each heading until someone writes it; the drift test refuses a page that still says it.</summary>
    public const string ToWrite = "TODO: write this section.";

    public static readonly string[] Headings = ["What it checks", "Why", "How to fix", "Failing example", "Passing example", "How to waive"];

    public static string Title(RuleDescriptor descriptor) => $"# {descriptor.Id}: {descriptor.Name}";

    public static string Table(RuleDescriptor descriptor) =>
        $"| id | name | category | inputs | requires | {RuleDocCells.SeverityHeader} |\n" +
        "|---|---|---|---|---|---|---|---|\n" +
        $"| {descriptor.Id} | {descriptor.Name} | {descriptor.Category.ToTitle()} | {RuleDocCells.Inputs(descriptor)} | {RuleDocCells.Requires(descriptor)} | {RuleDocCells.Severities(descriptor.Severities)} |\n";

    /// <summary>The page with its title and header table as the descriptor says; a new page when there is none.</summary>
    public static string Update(RuleDescriptor descriptor, string? page)
    {
        if (page is null)
        {
            var headings = string.Concat(Headings.Select(h => $"\n## {h}\n\n{ToWrite}\n"));
            return $"{Title(descriptor)}\n\n{GeneratedBlock.Wrap(GeneratedBlock.Begin, Table(descriptor))}{headings}";
        }

        var withTable = GeneratedBlock.Replace(page, GeneratedBlock.Begin, Table(descriptor), $"{descriptor.Id}.md");
        // The title is the first line: replaced when it is a heading, added above the page otherwise.
        var firstLineEnd = withTable.IndexOf('\n');
        var firstLine = firstLineEnd < 0 ? withTable : withTable[..firstLineEnd];
        return firstLine.StartsWith("# ", StringComparison.Ordinal)
            ? Title(descriptor) + withTable[firstLine.Length..]
            : $"{Title(descriptor)}\n\n{withTable}";
    }
}
