using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Model;
using BackupPolicyLint.Model.Infra;
using static BackupPolicyLint.Rules.Controls.ControlCatalog;

namespace BackupPolicyLint.Rules.BuiltIn.Network;

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
        OffReason = "a single backup source is acceptable here",
        Controls = [Cp9, IsoContinuity, Soc2Recovery],

        // Only a cluster has several members to back up from.
        Requires = RuleRequirements.Cluster,
    };

    public override IEnumerable<Finding> Check(PlanContext context)
    {
        var plan = context.Plan;
        foreach (var job in plan.Jobs.Where(j => j.IsBackup && j.RemoteAddressResolution != true))
        {
            var servers = DistinctServers(plan, job);
            if (servers.Count < 2)
            {
                yield return context.Report(job, "from", job.Origin is { } origin ? ScriptMessage(job, origin, servers) : PlanMessage(job, servers, plan.Dbms?.Version), Subjects.Job(job));
            }
        }
    }

    /// <summary>
    /// The servers a job's sources name, one per server: two ports of one host, or a server by its name and by its address,
    /// are one source (it is down, restarting or lagging for both at once).
    /// </summary>
    private static List<string> DistinctServers(BackupPlan plan, JobSpec job) => job.From
        .Select(f => plan.Dbms?.Servers.FirstOrDefault(s => s.IsHost(f.Name))?.Name ?? HostNames.HostOf(f.Name))
        .Distinct(StringComparer.OrdinalIgnoreCase)
        .ToList();

    private static string OneServer(JobSpec job, IReadOnlyList<string> servers) => job.From.Count > 1
        ? $"only from server '{servers[0]}' (its {job.From.Count} 'from' entries, {string.Join(", ", job.From.Select(f => $"'{f.Name}'"))}, name that one server)"
        : $"only from '{job.From[0].Name}'";

    private static string PlanMessage(JobSpec job, IReadOnlyList<string> servers, Neo4jVersion? version)
    {
        var source = job.From.Count >= 1 ? OneServer(job, servers) : "only from localhost:6362 (it has no 'from')";
        var fix = (version.Has(Neo4jFeature.SeveralBackupSources), version.Has(Neo4jFeature.RemoteAddressResolution)) switch
        {
            (false, _) => $"{version} backs up from one --from only, so add a second job (or a fallback step) that backs up from another member when this one fails, "
                + $"or upgrade to 5.x for {Neo4jFeatures.WithSince(Neo4jFeature.SeveralBackupSources)}",
            (true, true) => "list several cluster members in 'from' (secondaries first), or set remoteAddressResolution: true",
            (true, false) => "list several cluster members in 'from' (secondaries first)",
            _ => "list several cluster members in 'from' (secondaries first), or on 2025.09+ set remoteAddressResolution: true",
        };
        return $"Job '{job.Name}' backs up {source}, so it fails whenever that server is down, restarting or lagging; {fix}";
    }

    /// <summary>In the script's own terms: the command, its file and its options.</summary>
    private static string ScriptMessage(JobSpec job, JobOrigin origin, IReadOnlyList<string> servers)
    {
        var source = job.From.Count >= 1 ? OneServer(job, servers) + (job.From.Count == 1 ? " (one --from)" : "") : "only from localhost:6362 (no --from)";
        var fix = origin.Is44
            ? "the 4.4 neo4j-admin backup takes one --from, so upgrade to 5.x and give --from several cluster members (secondaries first)"
            : "give --from several cluster members, comma-separated (secondaries first), or on 2025.09+ add --remote-address-resolution";
        return $"`{origin.Tool}` in {Path.GetFileName(job.Node.Span.File)} backs up a cluster {source} and without --remote-address-resolution, "
            + $"so it fails whenever that server is down, restarting or lagging; {fix}";
    }
}
