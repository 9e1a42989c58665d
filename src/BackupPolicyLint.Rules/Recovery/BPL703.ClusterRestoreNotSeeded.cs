using BackupPolicyLint.Diagnostics;

namespace BackupPolicyLint.Rules.Recovery;

/// <summary>
/// In a cluster, restore and load write one server's store only; Neo4j calls the designated-seeder workaround fragile
/// and recommends seeding from a URI, so every member fetches the backup itself. A missing restoreMethod stays quiet.
/// </summary>
internal sealed class ClusterRestoreNotSeeded : PlanRule
{
    public const string SeedFromUri = "seed-from-uri";

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.ClusterRestoreNotSeeded,
        Name = "cluster-restore-not-seeded",
        Title = "A cluster is restored with restore or load instead of a seed from URI.",
        Category = RuleCategory.Recovery,
        Inputs = RuleInputs.Plan,
        Severities = DefaultSeverities.Parse("W/W/-"),
    };

    /// <summary>Only a cluster has members to back up from or to seed.</summary>
    public override Applicability Applies(PlanContext context) =>
        Applicability.ClusterOnly(context);

    public override IEnumerable<Finding> Check(PlanContext context)
    {
        var plan = context.Plan;
        if (!plan.IsCluster || plan.Recovery is not { RestoreMethod: { } method } recovery
            || string.Equals(method, SeedFromUri, StringComparison.OrdinalIgnoreCase))
        {
            yield break;
        }

        yield return context.Report(
            recovery,
            "restoreMethod",
            $"recovery.restoreMethod is '{method}', which writes the store of one server only, so every cluster member must be restored by hand "
            + "or from a fragile designated seeder; make the backups reachable through a seed provider and restore with "
            + "CREATE OR REPLACE DATABASE … OPTIONS { seedURI: … } (restoreMethod: seed-from-uri)",
            Subjects.Recovery);
    }
}
