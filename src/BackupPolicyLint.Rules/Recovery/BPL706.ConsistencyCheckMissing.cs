using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Model;
using static BackupPolicyLint.Rules.Controls.ControlCatalog;

namespace BackupPolicyLint.Rules.BuiltIn.Recovery;

/// <summary>
/// A backup can copy corruption faithfully. From 5.0 no consistency check runs after a backup; Neo4j recommends making
/// <c>neo4j-admin database check</c> (on an aggregated, recovered artifact) part of the workflow.
/// </summary>
internal sealed class ConsistencyCheckMissing : PlanRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.ConsistencyCheckMissing,
        Name = "consistency-check-missing",
        Title = "The recovery procedure never checks backup consistency.",
        Category = RuleCategory.Recovery,
        Inputs = RuleInputs.Plan | RuleInputs.Scripts,
        Severities = DefaultSeverities.Parse("N/N/-"),
        OffReason = "consistency checks are not required here",
        Controls = [Cp9Testing, IsoBackup, Soc2RecoveryTesting],
    };

    public override IEnumerable<Finding> Check(PlanContext context)
    {
        var plan = context.Plan;
        // A `neo4j-admin database check` step in the plan's scripts (or 4.4's check after every backup) counts too.
        if (plan.Recovery?.Testing?.ConsistencyCheck == true || plan.Infrastructure.ConsistencyChecks.Count > 0)
        {
            yield break;
        }

        if (plan.IsImplicit)
        {
            if ((plan.Jobs.FirstOrDefault(j => j.ProtectsData) ?? plan.Jobs.FirstOrDefault()) is not { } first)
            {
                yield break;
            }

            yield return context.Report(
                first,
                "command",
                "No step of these scripts and manifests checks that backups are consistent (no `neo4j-admin database check`), and since 5.0 no check runs "
                + $"after a backup; aggregate the newest chain{AggregateCommand(plan.Dbms?.Version)} and run `neo4j-admin database check --from-path=…` on it after the backups or in the restore test",
                Subjects.RecoveryTesting);
            yield break;
        }

        var version = plan.Dbms?.Version;
        if (version.Has(Neo4jFeature.ImmutableBackupArtifacts) == false)
        {
            // 4.x: neo4j-admin backup checks consistency after every backup unless --check-consistency=false.
            if (plan.Jobs.Any(j => j.IsBackup))
            {
                yield break;
            }

            yield return context.Report(
                RecoveryNodes.TestingKey(plan, "consistencyCheck"),
                $"Nothing checks that backups are consistent (recovery.testing.consistencyCheck is not true), and on {plan.Dbms!.VersionText} only online backups "
                + "check consistency as they run (dumps do not); load a dump into a test DBMS and run neo4j-admin check-consistency --database=… on it in the restore test, "
                + "or take online backups, then set recovery.testing.consistencyCheck: true",
                Subjects.RecoveryTesting);
            yield break;
        }

        yield return context.Report(
            RecoveryNodes.TestingKey(plan, "consistencyCheck"),
            "Nothing checks that backups are consistent (recovery.testing.consistencyCheck is not true), and since 5.0 no check runs after a backup; "
            + $"aggregate the newest chain{AggregateCommand(version)} and run neo4j-admin database check on it in the restore test or after the backups, "
            + "then set recovery.testing.consistencyCheck: true",
            Subjects.RecoveryTesting);
    }

    /// <summary>The aggregate command of the plan's version, or both names when the version is unknown.</summary>
    private static string AggregateCommand(Neo4jVersion? version) => version.Has(Neo4jFeature.BackupAggregateCommand) switch
    {
        true => " (neo4j-admin backup aggregate)",
        false => " (neo4j-admin database aggregate-backup)",
        null => " (neo4j-admin backup aggregate; on 5.x, neo4j-admin database aggregate-backup)",
    };
}
