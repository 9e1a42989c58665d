using BackupPolicyLint.Model;

namespace BackupPolicyLint.Rules;

/// <summary>A rule's answer to "can you judge this plan?", with the reason an auditor reads when it cannot.</summary>
internal sealed record Applicability(ApplicabilityKind Kind, string Reason)
{
    public static readonly Applicability Applicable = new(ApplicabilityKind.Applicable, "");

    // The requirements' answers are the same for every plan: one instance each, not one per evaluation kept to the end.
    private static readonly Applicability NotACluster = NotApplicable("the DBMS is not a cluster (dbms.topology)");
    private static readonly Applicability NoInventory = NotEvaluated("no inventory matched this plan (--inventory or --neo4j-uri)");
    private static readonly Applicability NoBackupLocation = NotEvaluated("no backup location was given (--backups)");

    public static Applicability NotApplicable(string reason) => new(ApplicabilityKind.NotApplicable, reason);

    public static Applicability NotEvaluated(string reason) => new(ApplicabilityKind.NotEvaluated, reason);

    /// <summary>For rules about cluster members: not applicable to a standalone DBMS (the engine's answer for <see cref="RuleRequirements.Cluster"/>).</summary>
    public static Applicability ClusterOnly(PlanContext context) =>
        context.Plan.IsCluster ? Applicable : NotACluster;

    /// <summary>For rules judged against a live inventory: not evaluated without one (the engine's answer for <see cref="RuleRequirements.Inventory"/>).</summary>
    public static Applicability NeedsInventory(PlanContext context) =>
        context.Inventory is null ? NoInventory : Applicable;

    /// <summary>For rules judged against a backup location: not evaluated without one (the engine's answer for <see cref="RuleRequirements.BackupLocation"/>).</summary>
    public static Applicability NeedsBackupLocation(PlanContext context) =>
        context.Artifacts is null ? NoBackupLocation : Applicable;

    /// <summary>
    /// For rules about a capability of some Neo4j versions only: not applicable when the plan's version is known and
    /// predates it; an unknown version is judged (the engine's answer for <see cref="RuleDescriptor.RequiresFeature"/>).
    /// </summary>
    public static Applicability NeedsFeature(PlanContext context, Neo4jFeature feature) =>
        context.Plan.Dbms is { Version: { } version } dbms && version < Neo4jFeatures.Since(feature)
            ? NotApplicable($"Neo4j {dbms.VersionText ?? version.ToString()} predates {Neo4jFeatures.WithSince(feature)}")
            : Applicable;

    /// <summary>
    /// The descriptor's requirements, in the order the engine judges them (the feature, then cluster, inventory, backup
    /// location): the first unmet one's answer, or null when all are met and the rule itself is asked.
    /// </summary>
    internal static Applicability? UnmetRequirement(PlanContext context)
    {
        var rule = context.Rule;
        var answer = rule.RequiresFeature is { } feature ? NeedsFeature(context, feature) : Applicable;
        if (answer.Kind == ApplicabilityKind.Applicable && rule.Requires.HasFlag(RuleRequirements.Cluster))
        {
            answer = ClusterOnly(context);
        }

        if (answer.Kind == ApplicabilityKind.Applicable && rule.Requires.HasFlag(RuleRequirements.Inventory))
        {
            answer = NeedsInventory(context);
        }

        if (answer.Kind == ApplicabilityKind.Applicable && rule.Requires.HasFlag(RuleRequirements.BackupLocation))
        {
            answer = NeedsBackupLocation(context);
        }

        return answer.Kind == ApplicabilityKind.Applicable ? null : answer;
    }
}
