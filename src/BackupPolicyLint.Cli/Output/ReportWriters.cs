using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Reporting;
using BackupPolicyLint.Reporting.JUnit;
using BackupPolicyLint.Reporting.Sarif;
using BackupPolicyLint.Rules.Controls;

namespace BackupPolicyLint.Cli.Output;

/// <summary>The writers of one `bpl check` run, with what the command line tells each format beyond the report.</summary>
/// <param name="Controls">--controls: markdown and HTML grouped by this framework's controls.</param>
/// <param name="Color">Text to standard output in colour (a terminal or FORCE_COLOR, and no --no-color).</param>
/// <param name="ErrorsOnly">--quiet: the text format lists errors only.</param>
/// <param name="FailOn">--fail-on: JUnit reports findings below it as passed test cases, not failures.</param>
/// <param name="Sarif">The SARIF log's invocation and --max-results.</param>
internal sealed record ReportWriters(ControlFramework? Controls, bool Color, bool ErrorsOnly, Severity? FailOn, SarifRunOptions Sarif)
{
    public IReportWriter Create(string format, bool color) => format switch
    {
        "text" => new TextReportWriter(color, ErrorsOnly),
        "sarif" => new SarifReportWriter(Sarif),
        "junit" => new JUnitReportWriter(FailOn),
        _ => ReportFormats.Create(format, color, Controls),
    };
}
