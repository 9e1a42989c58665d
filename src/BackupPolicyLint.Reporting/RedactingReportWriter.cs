using BackupPolicyLint.Redaction;
using BackupPolicyLint.Reporting.Model;

namespace BackupPolicyLint.Reporting;

/// <summary>
/// The last guard before any format writes: finding messages and source excerpts pass through
/// <see cref="SecretRedactor"/> again, so a report built elsewhere than the check pipeline (which masks at the source)
/// cannot carry a secret either. Masking twice changes nothing.
/// </summary>
public sealed class RedactingReportWriter(IReportWriter inner) : IReportWriter
{
    public void Write(CheckReport report, TextWriter output) => inner.Write(Redacted(report), output);

    public static CheckReport Redacted(CheckReport report) => report with
    {
        Findings = report.Findings.Select(f => f with { Message = SecretRedactor.Redact(f.Message) }).ToList(),
        Excerpts = new RedactedExcerpts(report.Excerpts),
    };
}
