using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Evaluation;

namespace BackupPolicyLint.Reporting.Model;

/// <summary>
/// A report's plans read back from where the pipeline keeps them, made for one set of findings, outcomes and plans: a
/// copy of the report with other lists (<c>report with { Findings = … }</c>) joins its own instead.
/// </summary>
internal sealed record PlanReportSource(IReadOnlyList<Finding> Findings, IReadOnlyList<RuleOutcome> Outcomes, IReadOnlyList<PlanSummary> Plans, Func<IEnumerable<PlanReport>> Read)
{
    public bool Describes(IReadOnlyList<Finding> findings, IReadOnlyList<RuleOutcome> outcomes, IReadOnlyList<PlanSummary> plans) =>
        ReferenceEquals(findings, Findings) && ReferenceEquals(outcomes, Outcomes) && ReferenceEquals(plans, Plans);
}
