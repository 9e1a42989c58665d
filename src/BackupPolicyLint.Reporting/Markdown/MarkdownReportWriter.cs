using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Evaluation;
using BackupPolicyLint.Rules;
using BackupPolicyLint.Rules.Controls;

namespace BackupPolicyLint.Reporting.Markdown;

/// <summary>
/// `--format markdown`: a pull-request comment (and the GitHub job summary): the verdict, the counts, rule outcomes, the findings
/// in tables grouped by file, or by control of <paramref name="controls"/> when --controls is given, each rule linked
/// to its docs page, and the readiness checklist.
/// </summary>
internal sealed class MarkdownReportWriter(ControlFramework? controls) : IReportWriter
{
    public void Write(CheckReport report, TextWriter output)
    {
        output.WriteLine("## Backup policy check");
        output.WriteLine();
        MarkdownAuditRecord.WriteVerdict(report, output);
        output.WriteLine();
        output.WriteLine($"**{TextReportWriter.SummaryLine(report)}**");
        if (report.Run.ChangedSince is { } since)
        {
            output.WriteLine();
            output.WriteLine($"Only files changed since `{MarkdownText.Cell(since)}` are reported ({report.Files.Count} of them).");
        }

        if (report.Outcomes.Count > 0)
        {
            output.WriteLine();
            var counts = OutcomeKindNames.All.Select(k => $"{report.Count(k)} {k.ToName().Replace('-', ' ')}");
            output.WriteLine($"Rule outcomes over {Plural(report.Plans.Count, "plan")}: {string.Join(", ", counts)}.");
        }

        output.WriteLine();
        if (controls is { } framework)
        {
            WriteByControl(report, framework, output);
        }
        else
        {
            WriteByFile(report, output);
        }

        MarkdownAuditRecord.WriteChecklist(report, output);
        output.WriteLine();
        var packs = report.Packs.Where(p => report.Plans.Any(plan => plan.Pack == p.Name)).Select(p => $"`{p.Name}` ({Short(p.ContentHash)})");
        output.WriteLine($"<sub>{CheckReport.ToolName} {report.ToolVersion}; policy packs: {string.Join(", ", packs.DefaultIfEmpty("none used"))}.</sub>");
    }

    private static void WriteByFile(CheckReport report, TextWriter output)
    {
        output.WriteLine("### Findings");
        if (report.Findings.Count == 0)
        {
            output.WriteLine();
            output.WriteLine("No findings.");
            return;
        }

        foreach (var file in report.Findings.GroupBy(f => f.Span.File))
        {
            output.WriteLine();
            output.WriteLine($"#### {MarkdownText.Cell(file.Key)}");
            output.WriteLine();
            output.WriteLine("| Severity | Line | Rule | Message |");
            output.WriteLine("| --- | --- | --- | --- |");
            foreach (var finding in file)
            {
                output.WriteLine($"| {SeverityCell(finding)} | {finding.Span.Line}:{finding.Span.Column} | {RuleLink(report, finding)} | {MarkdownText.Cell(finding.Message)} |");
            }
        }
    }

    private static void WriteByControl(CheckReport report, ControlFramework framework, TextWriter output)
    {
        output.WriteLine($"### Controls: {framework.ToTitle()}");
        output.WriteLine();
        output.WriteLine("| Control | Title | Pass | Fail | Waived | Not applicable | Not evaluated |");
        output.WriteLine("| --- | --- | --- | --- | --- | --- | --- |");
        var mapped = ControlCatalog.All.Where(c => c.Framework == framework).ToList();
        foreach (var control in mapped)
        {
            var outcomes = report.Outcomes.Where(o => o.Rule.Controls.Contains(control)).ToList();
            var counts = OutcomeKindNames.All.Select(k => outcomes.Count(o => o.Kind == k).ToString(System.Globalization.CultureInfo.InvariantCulture));
            output.WriteLine($"| {control.Id} | {control.Title} | {string.Join(" | ", counts)} |");
        }

        foreach (var control in mapped)
        {
            var findings = report.Findings.Where(f => report.Rule(f.RuleId)?.Controls.Contains(control) == true).ToList();
            if (findings.Count > 0)
            {
                WriteFindingTable(report, $"{control.Id} {control.Title}", findings, output);
            }
        }

        var untied = report.Findings.Where(f => report.Rule(f.RuleId)?.Controls.Any(c => c.Framework == framework) != true).ToList();
        if (untied.Count > 0)
        {
            WriteFindingTable(report, "Input problems (no control)", untied, output);
        }
    }

    private static void WriteFindingTable(CheckReport report, string heading, IReadOnlyList<Finding> findings, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine($"#### {heading}");
        output.WriteLine();
        output.WriteLine("| Severity | Location | Rule | Message |");
        output.WriteLine("| --- | --- | --- | --- |");
        foreach (var finding in findings)
        {
            output.WriteLine($"| {SeverityCell(finding)} | {MarkdownText.Cell(finding.Span.ToString())} | {RuleLink(report, finding)} | {MarkdownText.Cell(finding.Message)} |");
        }
    }

    private static string SeverityCell(Finding finding) => finding.Suppressed
        ? $"{finding.Severity.ToName()} (suppressed: {MarkdownText.Cell(SuppressionText.Describe(finding))})"
        : finding.Severity.ToName();

    private static string RuleLink(CheckReport report, Finding finding)
    {
        var uri = report.Rule(finding.RuleId)?.HelpUri ?? $"{RuleDescriptor.DocsBaseUri}{finding.RuleId}.md";
        return $"[{finding.RuleId}]({uri}) {finding.RuleName}";
    }

    private static string Short(string hash) => hash.Length > 12 ? $"sha256 {hash[..12]}…" : hash;

    private static string Plural(int count, string word) => count == 1 ? $"1 {word}" : $"{count} {word}s";
}
