namespace BackupPolicyLint.Rules;

/// <summary>A rule's answer to "can you judge this plan?", with the reason an auditor reads when it cannot.</summary>
public sealed record Applicability(ApplicabilityKind Kind, string Reason)
{
    public static readonly Applicability Applicable = new(ApplicabilityKind.Applicable, "");

    public static Applicability NotApplicable(string reason) => new(ApplicabilityKind.NotApplicable, reason);

    public static Applicability NotEvaluated(string reason) => new(ApplicabilityKind.NotEvaluated, reason);
}
