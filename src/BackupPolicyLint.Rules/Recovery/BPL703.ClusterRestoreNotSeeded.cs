using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Model;
using static BackupPolicyLint.Rules.Controls.ControlCatalog;

namespace BackupPolicyLint.Rules.BuiltIn.Recovery;

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
        OffReason = "restore method is not judged here",
        Controls = [Cp10, IsoContinuity, Soc2Recovery],

        // Only a cluster has members to seed; 4.4 has no seed from URI, so a restore there is per member by design and
        // advice to seed would name nothing real.
        Requires = RuleRequirements.Cluster,
        RequiresFeature = Neo4jFeature.SeedFromUri,
    };

    public override IEnumerable<Finding> Check(PlanContext context)
    {
        var plan = context.Plan;
        if (plan.Recovery is not { RestoreMethod: { } method } recovery
            || string.Equals(method, SeedFromUri, StringComparison.OrdinalIgnoreCase))
        {
            yield break;
        }

        yield return context.Report(
            recovery,
            "restoreMethod",
            $"recovery.restoreMethod is '{method}', which writes the store of one server only, so every cluster member must be restored by hand "
            + $"or from a fragile designated seeder; make the backups reachable through a seed provider and restore with {SeedStatement(plan.Dbms?.Version)} "
            + "(restoreMethod: seed-from-uri)",
            Subjects.Recovery);
    }

    /// <summary>The seeding statement the plan's version accepts (Cypher 5 needs existingData; OR REPLACE needs 2025.01).</summary>
    internal static string SeedStatement(Neo4jVersion? version)
    {
        const string Cypher25 = "CREATE OR REPLACE DATABASE … OPTIONS { seedURI: … }";
        const string Cypher5 = "DROP DATABASE … on every member, then CREATE DATABASE … OPTIONS { existingData: 'use', seedURI: … }";
        return (version.Has(Neo4jFeature.CreateOrReplaceSeeding), version.Has(Neo4jFeature.SeedWithoutExistingData)) switch
        {
            (true, true) => Cypher25,
            (true, false) => "CREATE OR REPLACE DATABASE … OPTIONS { existingData: 'use', seedURI: … } (Cypher 5 needs existingData)",
            (false, _) => Cypher5,
            _ => $"{Cypher25} (2025.01+; before, {Cypher5})",
        };
    }
}
