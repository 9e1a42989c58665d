using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Redaction;
using BackupPolicyLint.Reporting.Model;

namespace BackupPolicyLint.Reporting;

/// <summary>
/// The last guard before any format writes: finding messages, subjects, outcome reasons and source excerpts pass through
/// <see cref="SecretRedactor"/> again, so a report built elsewhere than the check pipeline (which masks at the source)
/// cannot carry a secret either. Masking twice changes nothing.
/// </summary>
public sealed class RedactingReportWriter(IReportWriter inner) : IReportWriter
{
    public void Write(CheckReport report, TextWriter output) => inner.Write(Redacted(report), output);

    public static CheckReport Redacted(CheckReport report) => report with
    {
        Findings = report.Findings.Select(Redacted).ToList(),
        Excerpts = new RedactedExcerpts(report.Excerpts),
        Outcomes = report.Outcomes.Select(o => o with { Reason = SecretRedactor.Redact(o.Reason) }).ToList(),
        // The rule texts are made once per run, on the original, however many formats are written.
        RulesWhenAsked = () => report.Rules,
    };

    /// <summary>The finding with its message and subject masked (a subject can name a storage by its URI).</summary>
    public static Finding Redacted(Finding finding) => finding with
    {
        Message = SecretRedactor.Redact(finding.Message),
        Subject = finding.Subject is { } subject ? SecretRedactor.Redact(subject) : null,
    };
}
