using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Evaluation;

namespace BackupPolicyLint.Reporting.Model;

/// <summary>One plan with what the run said about it: its summary, its rule outcomes (rule order), its findings (report order).</summary>
internal sealed record PlanReport(PlanSummary Plan, IReadOnlyList<RuleOutcome> Outcomes, IReadOnlyList<Finding> Findings)
{
    /// <summary>The plans of a report built whole in memory, each with its outcomes and the findings its evaluations produced.</summary>
    public static IEnumerable<PlanReport> Join(IReadOnlyList<PlanSummary> plans, IReadOnlyList<RuleOutcome> outcomes, IReadOnlyList<Finding> findings)
    {
        var outcomesByPlan = outcomes.ToLookup(o => o.Evaluation.Plan.Id, StringComparer.Ordinal);
        var findingsByPlan = findings.Where(f => f.PlanId is not null).ToLookup(f => f.PlanId!, StringComparer.Ordinal);
        return plans.Select(p => new PlanReport(p, outcomesByPlan[p.Id].ToList(), findingsByPlan[p.Id].ToList()));
    }
}
