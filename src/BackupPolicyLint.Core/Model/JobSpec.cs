using BackupPolicyLint.Model.Infra;

namespace BackupPolicyLint.Model;

/// <summary>One entry of <c>spec.jobs</c>: a scheduled neo4j-admin (or file copy) run.</summary>
public sealed record JobSpec : ModelElement
{
    /// <summary>The job's name.</summary>
    public required string Name { get; init; }
    /// <summary><c>backup</c>, <c>dump</c>, <c>copy</c> or <c>filesystem-copy</c>.</summary>
    public required string Command { get; init; }
    /// <summary>For a backup: <c>full</c>, <c>diff</c> or <c>auto</c>; null when not given.</summary>
    public string? Type { get; init; }
    /// <summary>The databases it covers, as written; <c>"*"</c> is every database.</summary>
    public IReadOnlyList<NamedRef> Databases { get; init; } = [];
    /// <summary>The cron schedule as written; null when not given.</summary>
    public string? ScheduleText { get; init; }
    /// <summary><see cref="ScheduleText"/> parsed; null when missing or not a cron expression.</summary>
    public ISchedule? Schedule { get; init; }
    /// <summary><c>runsOn</c>: the host where the job runs; null when not given.</summary>
    public string? RunsOn { get; init; }
    /// <summary><c>runAs</c>: the OS user the job runs as; null when not given.</summary>
    public string? RunAs { get; init; }
    /// <summary><c>from</c>: the servers a backup is taken from.</summary>
    public IReadOnlyList<NamedRef> From { get; init; } = [];
    /// <summary><c>remoteAddressResolution</c> (2025.09+); null when not given.</summary>
    public bool? RemoteAddressResolution { get; init; }
    /// <summary><c>includeMetadata</c>: <c>none</c>, <c>all</c>, <c>users</c> or <c>roles</c>; null when not given.</summary>
    public string? IncludeMetadata { get; init; }
    /// <summary><c>compress</c>; null when not given.</summary>
    public bool? Compress { get; init; }
    /// <summary><c>tempPath</c> (<c>--temp-path</c>); null when not given.</summary>
    public string? TempPath { get; init; }
    /// <summary><c>destination</c>: the storage the job writes to; null when not given.</summary>
    public NamedRef? Destination { get; init; }
    /// <summary><c>copyTo</c>: the storages artifacts are copied to afterwards.</summary>
    public IReadOnlyList<NamedRef> CopyTo { get; init; } = [];

    /// <summary>Set for a job extracted from a script or manifest; null for a job a plan declares.</summary>
    public JobOrigin? Origin { get; init; }

    /// <summary>The database name that stands for every database, system included.</summary>
    public const string AllDatabases = "*";

    /// <summary>True for an online backup job.</summary>
    public bool IsBackup => Command == "backup";
    /// <summary>True for an offline dump job.</summary>
    public bool IsDump => Command == "dump";
    /// <summary>True for a <c>neo4j-admin</c> copy job.</summary>
    public bool IsCopy => Command == "copy";
    /// <summary>True for a job that copies store files by hand.</summary>
    public bool IsFilesystemCopy => Command == "filesystem-copy";

    /// <summary>backup, dump and copy run neo4j-admin; filesystem-copy does not.</summary>
    public bool RunsNeo4jAdmin => Command is "backup" or "dump" or "copy";

    /// <summary>backup and dump jobs protect data; copy and filesystem-copy do not (rules.md, shared semantics).</summary>
    public bool ProtectsData => Command is "backup" or "dump";

    /// <summary>True for a differential backup (<c>type: diff</c>).</summary>
    public bool IsDifferential => string.Equals(Type, "diff", StringComparison.OrdinalIgnoreCase);

    /// <summary>Only a full or auto online backup anchors a differential chain; a backup with no type is full.</summary>
    public bool AnchorsChain => IsBackup && (Type is null || Type is "full" or "auto");

    /// <summary>True when the job covers every database (<c>"*"</c>).</summary>
    public bool TargetsAll => Databases.Any(d => d.Name == AllDatabases);

    /// <summary>Every storage artifacts reach: the destination and the copies.</summary>
    public IEnumerable<NamedRef> StorageTargets => Destination is null ? CopyTo : CopyTo.Prepend(Destination);
}
