using BackupPolicyLint.Rules;

namespace BackupPolicyLint.Evaluation;

/// <summary>The audit record of one rule on one plan; <see cref="Reason"/> says why a rule could not judge it.</summary>
internal sealed record RuleOutcome(RuleEvaluation Evaluation, OutcomeKind Kind, string Reason, int FindingCount)
{
    public RuleDescriptor Rule => Evaluation.Rule;
    public string PlanName => Evaluation.Plan.Name;
    public string PlanFile => Evaluation.Plan.File;
}
