using BackupPolicyLint.Analysis;
using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Model;
using static BackupPolicyLint.Rules.Controls.ControlCatalog;

namespace BackupPolicyLint.Rules.BuiltIn.Network;

/// <summary>
/// An online backup is CPU- and memory-hungry; on a cluster member it competes with the database and fails with the
/// member. Neo4j recommends backing up a cluster from a separate machine that is not a member. Dump and copy work on the
/// local store and can only run on a server, so only backup jobs are judged.
/// </summary>
internal sealed class BackupFromClusterMember : PlanRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.BackupFromClusterMember,
        Name = "backup-from-cluster-member",
        Title = "A cluster backup job runs on a DBMS server instead of an external backup client.",
        Category = RuleCategory.NetworkSecurity,
        Inputs = RuleInputs.Plan | RuleInputs.Scripts,
        Severities = DefaultSeverities.Parse("W/W/-"),
        OffReason = "a backup client outside the cluster is not required here",
        Controls = [Cp9, IsoBackup, Soc2Recovery],

        // Only a cluster has members to back up from.
        Requires = RuleRequirements.Cluster,
    };

    public override IEnumerable<Finding> Check(PlanContext context)
    {
        var plan = context.Plan;
        foreach (var job in plan.Jobs.Where(j => j.IsBackup && plan.IsDbmsServer(j.RunsOn)))
        {
            yield return context.Report(
                job,
                "runsOn",
                $"Job '{job.Name}' runs on '{job.RunsOn}', a member of the cluster it backs up: the backup competes with the database for CPU and memory "
                + "and fails with that server; run it on a backup client outside the cluster and list the servers in 'from'",
                Subjects.Job(job));
        }

        // A script says nothing about its host, except through the source: a backup with no --from, or from loopback,
        // reads the backup server of the machine it runs on, so that machine is a cluster member (docs/infrastructure.md).
        // Only a neo4j-admin command as written (a syntax): the Helm backup chart runs in its own pod.
        foreach (var job in plan.Jobs.Where(j => j.IsBackup && j.Origin is { Syntax.Length: > 0 } && j.RunsOn is null && BacksUpFromItsOwnHost(j)))
        {
            var source = job.From.Count == 0 ? "has no --from, so it backs up localhost:6362" : $"backs up from '{job.From[0].Name}'";
            yield return context.Report(
                job,
                "from",
                $"`{job.Origin!.Tool}` in {Path.GetFileName(job.Node.Span.File)} {source}, the server it runs on, which is a member of the cluster it backs up: "
                + "the backup competes with the database for CPU and memory and fails with that server; "
                + "run it on a backup client outside the cluster and give --from the cluster members",
                Subjects.Job(job));
        }
    }

    private static bool BacksUpFromItsOwnHost(JobSpec job) =>
        job.From.Count == 0 || job.From.All(f => HostNames.IsLoopback(HostNames.HostOf(f.Name)));
}
