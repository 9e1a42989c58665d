using BackupPolicyLint.Diagnostics;

namespace BackupPolicyLint.Reporting.GitHub;

/// <summary>
/// `--format github`: one workflow command per reported finding (::error, ::warning, ::notice), so GitHub Actions
/// annotates the pull request's files; suppressed findings are not annotated. Then the summary line of the text format.
/// The Markdown job summary is the markdown format, which the command appends to $GITHUB_STEP_SUMMARY.
/// </summary>
internal sealed class GitHubReportWriter : IReportWriter
{
    public void Write(CheckReport report, TextWriter output)
    {
        foreach (var finding in report.Findings.Where(f => !f.Suppressed))
        {
            output.WriteLine(Command(report, finding));
        }

        output.WriteLine(TextReportWriter.SummaryLine(report));
    }

    public static string Command(CheckReport report, Finding finding)
    {
        var command = finding.Severity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            _ => "notice",
        };
        var span = finding.Span;
        var properties = string.Join(',',
            $"file={WorkflowCommands.EscapeProperty(report.RepositoryPath(span.File))}",
            $"line={span.Line}",
            $"col={span.Column}",
            $"endLine={span.EndLine}",
            $"endColumn={span.EndColumn}",
            $"title={WorkflowCommands.EscapeProperty($"{finding.RuleId} {finding.RuleName}")}");
        return $"::{command} {properties}::{WorkflowCommands.EscapeData(finding.Message)}";
    }
}
