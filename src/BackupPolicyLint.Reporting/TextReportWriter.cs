using BackupPolicyLint.Diagnostics;

namespace BackupPolicyLint.Reporting;

/// <summary>One line per finding, <c>path:line:col: severity BPLnnn name: message</c>, then a summary line.</summary>
/// <param name="color">ANSI colour for the severities.</param>
/// <param name="errorsOnly">--quiet: list only errors (the summary line still counts every finding).</param>
internal sealed class TextReportWriter(bool color, bool errorsOnly = false) : IReportWriter
{
    private const string Reset = "\u001b[0m";

    public void Write(CheckReport report, TextWriter output)
    {
        foreach (var finding in report.Findings.Where(f => !f.Suppressed && (!errorsOnly || f.Severity == Severity.Error)))
        {
            var span = finding.Span;
            output.WriteLine($"{Visible(span.File)}:{span.Line}:{span.Column}: {Paint(finding.Severity)} {Visible(finding.RuleId)} {Visible(finding.RuleName)}: {Visible(finding.Message)}");
        }

        // Waived and inline-suppressed findings are listed with their justification (an accepted risk stays visible);
        // baselined ones are only counted, or a baseline of old findings would flood every run.
        foreach (var finding in report.Findings.Where(f => !errorsOnly && f.Suppression is { Kind: not SuppressionKind.Baseline }))
        {
            var span = finding.Span;
            output.WriteLine($"{Visible(span.File)}:{span.Line}:{span.Column}: suppressed {Visible(finding.RuleId)} {Visible(finding.RuleName)}: {Visible(finding.Message)} [{Visible(SuppressionText.Describe(finding))}]");
        }

        output.WriteLine(SummaryLine(report));
    }

    /// <summary>
    /// One finding, one line: input text (a file name, a message quoting a value) may carry line breaks, escape
    /// sequences or bidirectional overrides; they are shown as escapes (docs/security.md, "Output escaping").
    /// </summary>
    private static string Visible(string text) => VisibleText.Escape(text);

    /// <summary>"4 files checked: 12 errors, 2 warnings, 1 note" (and suppressed findings when there are any).</summary>
    public static string SummaryLine(CheckReport report)
    {
        var errors = report.Count(Severity.Error);
        var warnings = report.Count(Severity.Warning);
        var notes = report.Count(Severity.Note);
        var suppressed = report.SuppressedCount > 0 ? $", {report.SuppressedCount} suppressed" : "";
        var files = report.FilesChecked == 1 ? "1 file" : $"{report.FilesChecked} files";
        var baseline = report.Baseline is { } counts ? $"; baseline: {counts.Baselined} baselined, {counts.Fixed} fixed, {counts.New} new" : "";
        return $"{files} checked: {Plural(errors, "error")}, {Plural(warnings, "warning")}, {Plural(notes, "note")}{suppressed}{baseline}";
    }

    private string Paint(Severity severity)
    {
        var name = severity.ToName();
        if (!color)
        {
            return name;
        }

        var code = severity switch
        {
            Severity.Error => "\u001b[31m",
            Severity.Warning => "\u001b[33m",
            _ => "\u001b[36m",
        };
        return $"{code}{name}{Reset}";
    }

    private static string Plural(int count, string word) => count == 1 ? $"1 {word}" : $"{count} {word}s";
}
