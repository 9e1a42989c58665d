using System.CommandLine;
using System.Reflection;
using BackupPolicyLint.Rules;

namespace BackupPolicyLint.Cli.Commands;

/// <summary>`bpl rules list` and `bpl rules explain ID`.</summary>
public static class RulesCommand
{
    public static Command Create(CliIo io)
    {
        var list = new Command("list", "List every built-in rule with its category, inputs and default severities (production/staging/development).");
        list.SetAction(_ =>
        {
            WriteTable(io.Out);
            return ExitCodes.Clean;
        });

        var id = new Argument<string>("ID") { Description = "A rule id (BPL101) or name (system-database-not-covered)." };
        var explain = new Command("explain", "Print a rule's documentation page.") { id };
        explain.SetAction(parse =>
        {
            var wanted = parse.GetValue(id)!;
            var docId = RuleCatalog.Find(wanted)?.Descriptor.Id ?? wanted.ToUpperInvariant();
            var page = DocsPage(docId) ?? throw new Checking.UsageException($"no rule or diagnostic '{wanted}'; `bpl rules list` shows them all");
            io.Out.Write(page);
            return ExitCodes.Clean;
        });

        return new Command("rules", "Inspect the built-in rules.") { list, explain };
    }

    public static string? DocsPage(string id)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"BackupPolicyLint.Docs.{id}.md");
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static void WriteTable(TextWriter output)
    {
        string[] header = ["ID", "NAME", "CATEGORY", "INPUTS", "SEVERITY P/S/D"];
        var rows = RuleCatalog.All.Select(r => new[]
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

        output.WriteLine($"{rows.Count} rules. Severity letters: E error, W warning, N note, - off. `bpl rules explain ID` shows a rule's page.");
    }

    private static string Row(string[] cells, int[] widths) =>
        string.Join("  ", cells.Select((c, i) => i == cells.Length - 1 ? c : c.PadRight(widths[i])));
}
