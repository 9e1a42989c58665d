using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Rules;

namespace BackupPolicyLint.Evaluation;

/// <summary>
/// Turns evaluations and the final findings (after suppression) into outcomes: fail when a finding is reported,
/// waived when every finding is suppressed, pass when there is none; not-applicable and not-evaluated as the rule said.
/// </summary>
internal static class RuleOutcomes
{
    public static IReadOnlyList<RuleOutcome> Compute(IEnumerable<RuleEvaluation> evaluations, IEnumerable<Finding> findings)
    {
        var byEvaluation = findings
            .Where(f => f.PlanId is not null)
            .ToLookup(f => (f.PlanId!, f.RuleId));
        return evaluations.Select(e => Outcome(e, byEvaluation[(e.Plan.Id, e.Rule.Id)].ToList())).ToList();
    }

    private static RuleOutcome Outcome(RuleEvaluation evaluation, List<Finding> findings) => evaluation.Applicability.Kind switch
    {
        ApplicabilityKind.NotApplicable => new(evaluation, OutcomeKind.NotApplicable, evaluation.Applicability.Reason, 0),
        ApplicabilityKind.NotEvaluated => new(evaluation, OutcomeKind.NotEvaluated, evaluation.Applicability.Reason, 0),
        _ when findings.Count == 0 => new(evaluation, OutcomeKind.Pass, "", 0),
        _ when findings.All(f => f.Suppressed) => new(evaluation, OutcomeKind.Waived, "every finding is suppressed", findings.Count),
        _ => new(evaluation, OutcomeKind.Fail, "", findings.Count),
    };
}
