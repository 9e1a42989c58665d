using BackupPolicyLint.Rules;

namespace BackupPolicyLint.Cli.RuleListing;

/// <summary>`bpl rules list` as text: one aligned row per diagnostic and rule, built-in then custom, and a line of totals.</summary>
internal static class RuleTable
{
    public static void Write(IReadOnlyList<ListedRule> rules, TextWriter output)
    {
        string[] header = ["ID", "NAME", "CATEGORY", "INPUTS", "SEVERITY P/S/D"];
        var rows = rules.Select(r => new[]
        {
            r.Descriptor.Id,
            r.Descriptor.Name,
            r.Descriptor.Category.ToTitle(),
            r.Descriptor.Inputs.ToLetters(),
            r.Descriptor.Severities.ToString(),
        }).ToList();
        var widths = header.Select((h, i) => rows.Select(r => r[i].Length).Prepend(h.Length).Max()).ToArray();
        output.WriteLine(Row(header, widths));
        foreach (var row in rows)
        {
            output.WriteLine(Row(row, widths));
        }

        var custom = rules.Where(r => r.Source is not null).ToList();
        var from = custom.Count == 0 ? "" : $" ({custom.Count} custom, from {string.Join(", ", custom.Select(r => r.Source).Distinct(StringComparer.Ordinal))})";
        var diagnostics = rules.Count(r => r.Descriptor.Category == RuleCategory.Diagnostics);
        var counts = diagnostics == 0 ? $"{rows.Count} rules{from}" : $"{diagnostics} diagnostics and {rows.Count - diagnostics} rules{from}";
        output.WriteLine($"{counts}. Severity letters: E error, W warning, N note, - off. `bpl rules explain ID` shows a rule's page.");
    }

    private static string Row(string[] cells, int[] widths) =>
        string.Join("  ", cells.Select((c, i) => i == cells.Length - 1 ? c : c.PadRight(widths[i])));
}
