using BackupPolicyLint.Model.Infra;

namespace BackupPolicyLint.Model;

/// <summary>One entry of <c>spec.jobs</c>: a scheduled neo4j-admin (or file copy) run.</summary>
public sealed record JobSpec : ModelElement
{
    public required string Name { get; init; }
    public required string Command { get; init; }
    public string? Type { get; init; }
    public IReadOnlyList<NamedRef> Databases { get; init; } = [];
    public string? ScheduleText { get; init; }
    public ISchedule? Schedule { get; init; }
    public string? RunsOn { get; init; }
    public string? RunAs { get; init; }
    public IReadOnlyList<NamedRef> From { get; init; } = [];
    public bool? RemoteAddressResolution { get; init; }
    public string? IncludeMetadata { get; init; }
    public bool? Compress { get; init; }
    public string? TempPath { get; init; }
    public NamedRef? Destination { get; init; }
    public IReadOnlyList<NamedRef> CopyTo { get; init; } = [];

    /// <summary>Set for a job extracted from a script or manifest; null for a job a plan declares.</summary>
    public JobOrigin? Origin { get; init; }

    public const string AllDatabases = "*";

    public bool IsBackup => Command == "backup";
    public bool IsDump => Command == "dump";
    public bool IsCopy => Command == "copy";
    public bool IsFilesystemCopy => Command == "filesystem-copy";

    /// <summary>backup, dump and copy run neo4j-admin; filesystem-copy does not.</summary>
    public bool RunsNeo4jAdmin => Command is "backup" or "dump" or "copy";

    /// <summary>backup and dump jobs protect data; copy and filesystem-copy do not (rules.md, shared semantics).</summary>
    public bool ProtectsData => Command is "backup" or "dump";

    public bool IsDifferential => string.Equals(Type, "diff", StringComparison.OrdinalIgnoreCase);

    /// <summary>Only a full or auto online backup anchors a differential chain; a backup with no type is full.</summary>
    public bool AnchorsChain => IsBackup && (Type is null || Type is "full" or "auto");

    public bool TargetsAll => Databases.Any(d => d.Name == AllDatabases);

    /// <summary>Every storage artifacts reach: the destination and the copies.</summary>
    public IEnumerable<NamedRef> StorageTargets => Destination is null ? CopyTo : CopyTo.Prepend(Destination);
}
