using BackupPolicyLint.Model;

namespace BackupPolicyLint.Analysis;

/// <summary>Where backup traffic flows (rules.md, "Network security"): shared by the BPL5xx rules.</summary>
internal static class NetworkAnalysis
{
    /// <summary>Neo4j's default <c>server.backup.listen_address</c>: loopback only.</summary>
    public const string DefaultBackupListenAddress = "127.0.0.1:6362";

    /// <summary>
    /// The backup listener is reachable from other hosts: it is not disabled (<c>server.backup.enabled</c> defaults to
    /// true) and its address is not loopback; a wildcard (0.0.0.0, ::) counts as off-host, an empty host
    /// (<c>:6362</c>) is the default listen host (<see cref="ListenHost"/>). A plan without
    /// a listener or a listenAddress has the default, 127.0.0.1:6362.
    /// </summary>
    public static bool IsBackupListenerOffHost(this BackupPlan plan) =>
        plan.Dbms?.BackupListener is { Enabled: not false, ListenAddress: { } address }
        && !HostNames.IsLoopback(plan.ListenHost(address));

    /// <summary>
    /// The host a plan's listen address binds; an empty host (<c>:6362</c>) takes <c>server.default_listen_address</c> from the
    /// configuration the plan claims, else Neo4j's default, localhost, as the same value in neo4j.conf would.
    /// </summary>
    public static string ListenHost(this BackupPlan plan, string address) =>
        HostNames.ListenHost(address, plan.Infrastructure.Configs.Select(c => c.ConfiguredDefaultListenHost).LastOrDefault(h => h is not null));

    /// <summary>True when a backup source (host or host:port) is a host other than the one the job runs on.</summary>
    public static bool IsRemoteSource(this BackupPlan plan, JobSpec job, string source)
    {
        var host = HostNames.HostOf(source);
        return !HostNames.IsLoopback(host) && !plan.SameHost(host, job.RunsOn);
    }

    /// <summary>True when two host names or addresses are equal, or name and address the same DBMS server.</summary>
    public static bool SameHost(this BackupPlan plan, string? a, string? b)
    {
        if (string.IsNullOrWhiteSpace(a) || string.IsNullOrWhiteSpace(b))
        {
            return false;
        }

        return string.Equals(HostNames.HostOf(a), HostNames.HostOf(b), StringComparison.OrdinalIgnoreCase)
            || (plan.Dbms?.Servers.Any(s => s.IsHost(a) && s.IsHost(b)) ?? false);
    }
}
