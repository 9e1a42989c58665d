using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Evaluation;
using BackupPolicyLint.Redaction;
using BackupPolicyLint.Reporting.Model;

namespace BackupPolicyLint.Reporting;

/// <summary>
/// The last guard before any format writes: finding messages, subjects, outcome reasons and source excerpts pass through
/// <see cref="SecretRedactor"/> again, so a report built elsewhere than the check pipeline (which masks at the source)
/// cannot carry a secret either. Masking twice changes nothing.
/// </summary>
internal sealed class RedactingReportWriter(IReportWriter inner) : IReportWriter
{
    public void Write(CheckReport report, TextWriter output) => inner.Write(Redacted(report), output);

    public static CheckReport Redacted(CheckReport report)
    {
        // Masked as they are read, so a report whose findings are on disk is not loaded whole to be masked.
        var findings = new MappedList<Finding>(report.Findings, Redacted);
        var outcomes = new MappedList<RuleOutcome>(report.Outcomes, Redacted);
        return report with
        {
            Findings = findings,
            // Masking changes no severity and suppresses nothing.
            Counts = report.Counts,
            Excerpts = new RedactedExcerpts(report.Excerpts),
            Outcomes = outcomes,
            PlanReportsSource = new PlanReportSource(findings, outcomes, report.Plans, () => report.PlanReports.Select(Redacted)),
            // The rule texts are made once per run, on the original, however many formats are written.
            RulesWhenAsked = () => report.Rules,
        };
    }

    private static PlanReport Redacted(PlanReport plan) =>
        plan with { Outcomes = plan.Outcomes.Select(Redacted).ToList(), Findings = plan.Findings.Select(Redacted).ToList() };

    /// <summary>
    /// The finding with its message and subject masked (a subject can name a storage by its URI). A finding that quotes
    /// no secret is returned as it is, so a large report is not copied finding by finding before it is written.
    /// </summary>
    public static Finding Redacted(Finding finding)
    {
        var message = SecretRedactor.Redact(finding.Message);
        var subject = finding.Subject is { } text ? SecretRedactor.Redact(text) : null;
        return ReferenceEquals(message, finding.Message) && ReferenceEquals(subject, finding.Subject)
            ? finding
            : finding with { Message = message, Subject = subject };
    }

    /// <summary>The outcome with its reason masked; returned as it is when the reason quotes no secret.</summary>
    public static RuleOutcome Redacted(RuleOutcome outcome)
    {
        var reason = SecretRedactor.Redact(outcome.Reason);
        return ReferenceEquals(reason, outcome.Reason) ? outcome : outcome with { Reason = reason };
    }
}
