using BackupPolicyLint.Reporting.Checklist;
using BackupPolicyLint.Reporting.GitHub;
using BackupPolicyLint.Reporting.Html;
using BackupPolicyLint.Reporting.JUnit;
using BackupPolicyLint.Reporting.Markdown;
using BackupPolicyLint.Reporting.Sarif;
using BackupPolicyLint.Rules.Controls;

namespace BackupPolicyLint.Reporting;

/// <summary>The --format names and their writers, each behind <see cref="RedactingReportWriter"/>.</summary>
internal static class ReportFormats
{
    public static IReadOnlyList<string> Names { get; } = ["text", "json", "sarif", "junit", "github", "markdown", "html", "checklist"];

    /// <param name="format">One of <see cref="Names"/>.</param>
    /// <param name="color">ANSI colour in the text format (a terminal, no NO_COLOR).</param>
    /// <param name="controls">--controls: group the markdown and HTML reports by this framework's controls.</param>
    public static IReportWriter Create(string format, bool color, ControlFramework? controls) => new RedactingReportWriter(Unredacted(format, color, controls));

    private static IReportWriter Unredacted(string format, bool color, ControlFramework? controls) => format switch
    {
        "json" => new JsonReportWriter(),
        "sarif" => new SarifReportWriter(),
        "junit" => new JUnitReportWriter(),
        "github" => new GitHubReportWriter(),
        "markdown" => new MarkdownReportWriter(controls),
        "html" => new HtmlReportWriter(controls),
        "text" => new TextReportWriter(color),
        "checklist" => new ChecklistReportWriter(),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown report format"),
    };
}
