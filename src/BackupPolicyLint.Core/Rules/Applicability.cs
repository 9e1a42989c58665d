namespace BackupPolicyLint.Rules;

/// <summary>A rule's answer to "can you judge this plan?", with the reason an auditor reads when it cannot.</summary>
internal sealed record Applicability(ApplicabilityKind Kind, string Reason)
{
    public static readonly Applicability Applicable = new(ApplicabilityKind.Applicable, "");

    public static Applicability NotApplicable(string reason) => new(ApplicabilityKind.NotApplicable, reason);

    public static Applicability NotEvaluated(string reason) => new(ApplicabilityKind.NotEvaluated, reason);

    /// <summary>For rules about cluster members: not applicable to a standalone DBMS.</summary>
    public static Applicability ClusterOnly(PlanContext context) =>
        context.Plan.IsCluster ? Applicable : NotApplicable("the DBMS is not a cluster (dbms.topology)");

    /// <summary>For rules judged against a live inventory: not evaluated without one.</summary>
    public static Applicability NeedsInventory(PlanContext context) =>
        context.Inventory is null ? NotEvaluated("no inventory matched this plan (--inventory or --neo4j-uri)") : Applicable;

    /// <summary>For rules judged against a backup location: not evaluated without one.</summary>
    public static Applicability NeedsBackupLocation(PlanContext context) =>
        context.Artifacts is null ? NotEvaluated("no backup location was given (--backups)") : Applicable;
}
