using BackupPolicyLint.Model;

namespace BackupPolicyLint.Analysis;

/// <summary>Where storages are relative to the DBMS (rules.md, "Off-site"): shared by the storage and coverage rules.</summary>
internal static class StorageAnalysis
{
    /// <summary>True when <paramref name="host"/> names or addresses one of the plan's DBMS servers.</summary>
    public static bool IsDbmsServer(this BackupPlan plan, string? host) => plan.FindServer(host) is not null;

    /// <summary>The DBMS server that <paramref name="host"/> (a name or host[:port]) names or addresses, or null.</summary>
    public static ServerSpec? FindServer(this BackupPlan plan, string? host) =>
        plan.Dbms?.Servers.FirstOrDefault(s => s.IsHost(host));

    /// <summary>
    /// A storage is off-site when it is not <c>local</c> and its host (if any) is not a DBMS server.
    /// A local storage is a disk of whichever host it is on, so it is never off-site.
    /// </summary>
    public static bool IsOffSite(this BackupPlan plan, StorageSpec storage) =>
        !storage.IsLocal && !plan.IsDbmsServer(storage.Host);

    /// <summary>True when the storage's zone or site equals a DBMS server's (compared case-insensitively).</summary>
    public static bool SharesFailureDomain(this BackupPlan plan, StorageSpec storage) => plan.SharedFailureDomain(storage) is not null;

    /// <summary>
    /// The first DBMS server whose zone (the narrower domain, preferred) or else site equals the storage's, and which of the
    /// two keys it shares; null when none does.
    /// </summary>
    public static (ServerSpec Server, string Key)? SharedFailureDomain(this BackupPlan plan, StorageSpec storage)
    {
        var servers = plan.Dbms?.Servers ?? [];
        if (servers.FirstOrDefault(s => Same(s.Zone, storage.Zone)) is { } sameZone)
        {
            return (sameZone, "zone");
        }

        return servers.FirstOrDefault(s => Same(s.Site, storage.Site)) is { } sameSite ? (sameSite, "site") : null;
    }

    /// <summary>
    /// True when artifacts written to the storage by <paramref name="job"/> land on a DBMS server: its host is a
    /// server, it is on the DBMS's data volume, or it is a local disk without a host on a job that runs on a server.
    /// </summary>
    public static bool IsOnDbmsServer(this BackupPlan plan, StorageSpec storage, JobSpec job)
    {
        if (storage.OnDataVolume || storage.OnDbmsHost || plan.IsDbmsServer(storage.Host))
        {
            return true;
        }

        return storage.IsLocal && storage.Host is null && plan.IsDbmsServer(job.RunsOn);
    }

    /// <summary>
    /// The job's <c>from</c> entries that name another host than the one it runs on (a remote backup source).
    /// Loopback addresses and the <c>runsOn</c> host itself (by name, or as the same DBMS server) are local.
    /// </summary>
    public static IEnumerable<NamedRef> RemoteSources(this BackupPlan plan, JobSpec job) =>
        job.From.Where(source =>
        {
            var host = HostNames.HostOf(source.Name);
            return host.Length > 0 && !HostNames.IsLoopback(host) && !SameHost(plan, host, job.RunsOn);
        });

    private static bool SameHost(BackupPlan plan, string host, string? runsOn) =>
        runsOn is not null && (string.Equals(host, HostNames.HostOf(runsOn), StringComparison.OrdinalIgnoreCase)
            || (plan.Dbms?.Servers.Any(s => s.IsHost(host) && s.IsHost(runsOn)) ?? false));

    /// <summary>The declared storages a job's artifacts reach (destination and copies); undeclared names are BPL003's.</summary>
    public static IEnumerable<StorageSpec> StoragesReached(this BackupPlan plan, JobSpec job) =>
        job.StorageTargets.Select(t => plan.FindStorage(t.Name)).OfType<StorageSpec>();

    /// <summary>Archival: immutable, or an archive storage class of S3, GCS or Azure (rules.md, BPL406).</summary>
    public static bool IsArchival(this StorageSpec storage) =>
        storage.Immutable == true
        || storage.StorageClass is { } cls && ArchivalClasses.Contains(cls, StringComparer.OrdinalIgnoreCase);

    public static readonly IReadOnlyList<string> ArchivalClasses = ["GLACIER", "GLACIER_IR", "DEEP_ARCHIVE", "ARCHIVE", "COLDLINE"];

    private static bool Same(string? a, string? b) =>
        !string.IsNullOrWhiteSpace(a) && string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
