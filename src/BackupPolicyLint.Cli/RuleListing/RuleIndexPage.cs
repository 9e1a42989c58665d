using BackupPolicyLint.Rules;

namespace BackupPolicyLint.Cli.RuleListing;

/// <summary>
/// The index (docs/rules/README.md): under each category's heading and notes (hand-written), a generated table of its
/// rules with their inputs and default severities. Every category that has rules must have its block, so a rule cannot
/// be left out of the index.
/// </summary>
internal static class RuleIndexPage
{
    public const string FileName = "README.md";

    public static string Table(IEnumerable<RuleDescriptor> rules) =>
        $"| id | name | inputs | {RuleDocCells.SeverityHeader} |\n" +
        "|---|---|---|---|---|---|\n" +
        string.Concat(rules.Select(d => $"| [{d.Id}]({d.Id}.md) | {d.Name} | {RuleDocCells.Inputs(d)} | {RuleDocCells.Severities(d.Severities)} |\n"));

    public static string Update(IReadOnlyList<RuleDescriptor> catalogue, string? index)
    {
        var byCategory = catalogue.GroupBy(d => d.Category).OrderBy(g => g.Key).ToList();
        if (index is null)
        {
            return "# Rule reference\n" + string.Concat(byCategory.Select(g => $"\n## {g.Key.ToTitle()}\n\n{GeneratedBlock.Wrap(GeneratedBlock.BeginFor(g.Key.ToString()), Table(g))}"));
        }

        var blocks = GeneratedBlock.BeginMarkers(index).ToList();
        foreach (var marker in blocks)
        {
            var section = marker["<!-- generated: bpl rules docs (".Length..^") -->".Length];
            if (!Enum.TryParse<RuleCategory>(section, out var category) || category.ToString() != section)
            {
                throw new UsageException($"{FileName} has a generated block for '{section}', which is not a rule category ({string.Join(", ", Enum.GetNames<RuleCategory>())})");
            }

            if (byCategory.FirstOrDefault(g => g.Key == category) is not { } rules)
            {
                throw new UsageException($"{FileName} has a generated block for {section}, which has no rules: remove the block");
            }

            index = GeneratedBlock.Replace(index, marker, Table(rules), FileName);
        }

        var missing = byCategory.Where(g => !blocks.Contains(GeneratedBlock.BeginFor(g.Key.ToString()))).Select(g => g.Key.ToString()).ToList();
        if (missing.Count > 0)
        {
            throw new UsageException(missing.Select(m => $"{FileName} has no block for the rules of {m}: add the lines '{GeneratedBlock.BeginFor(m)}' and '{GeneratedBlock.End}' under its heading").ToList());
        }

        return index;
    }
}
