using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Model;
using BackupPolicyLint.Model.Infra;

namespace BackupPolicyLint.Rules.Network;

/// <summary>
/// With one source, a cluster backup fails whenever that server is down or lagging. Neo4j recommends several
/// <c>--from</c> servers (secondaries first), or from 2025.09 <c>--remote-address-resolution</c>.
/// A job without <c>from</c> backs up from localhost:6362, a single source too.
/// </summary>
internal sealed class SingleBackupSource : PlanRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.SingleBackupSource,
        Name = "single-backup-source",
        Title = "A cluster backup job has a single source server and no remote address resolution.",
        Category = RuleCategory.NetworkSecurity,
        Inputs = RuleInputs.Plan | RuleInputs.Scripts,
        Severities = DefaultSeverities.Parse("W/N/-"),
    };

    /// <summary>Only a cluster has members to back up from or to seed.</summary>
    public override Applicability Applies(PlanContext context) =>
        Applicability.ClusterOnly(context);

    public override IEnumerable<Finding> Check(PlanContext context)
    {
        var plan = context.Plan;
        if (!plan.IsCluster)
        {
            yield break;
        }

        foreach (var job in plan.Jobs.Where(j => j.IsBackup && j.From.Count < 2 && j.RemoteAddressResolution != true))
        {
            yield return context.Report(job, "from", job.Origin is { } origin ? ScriptMessage(job, origin) : PlanMessage(job), Subjects.Job(job));
        }
    }

    private static string PlanMessage(JobSpec job)
    {
        var source = job.From.Count == 1 ? $"only from '{job.From[0].Name}'" : "only from localhost:6362 (it has no 'from')";
        return $"Job '{job.Name}' backs up {source}, so it fails whenever that server is down, restarting or lagging; "
            + "list several cluster members in 'from' (secondaries first), or on 2025.09+ set remoteAddressResolution: true";
    }

    /// <summary>In the script's own terms: the command, its file and its options.</summary>
    private static string ScriptMessage(JobSpec job, JobOrigin origin)
    {
        var source = job.From.Count == 1 ? $"only from '{job.From[0].Name}' (one --from)" : "only from localhost:6362 (no --from)";
        var fix = origin.Is44
            ? "the 4.4 neo4j-admin backup takes one --from, so upgrade to 5.x and give --from several cluster members (secondaries first)"
            : "give --from several cluster members, comma-separated (secondaries first), or on 2025.09+ add --remote-address-resolution";
        return $"`{origin.Tool}` in {Path.GetFileName(job.Node.Span.File)} backs up a cluster {source} and without --remote-address-resolution, "
            + $"so it fails whenever that server is down, restarting or lagging; {fix}";
    }
}
