namespace BackupPolicyLint.Model;

/// <summary>
/// One <c>.backup</c> or <c>.dump</c> file found in a backup location. Only names and file metadata are used:
/// the scanner never reads an artifact's contents.
/// </summary>
public sealed record BackupArtifact
{
    /// <summary>The path inside the backup location with '/' separators, e.g. <c>orders-prod/orders-2026-11-20T02-00-00.backup</c>: how findings name it.</summary>
    public required string Path { get; init; }

    /// <summary>The folder holding it, relative to the location ("" for the location itself).</summary>
    public required string Directory { get; init; }

    /// <summary>The database, from the name (lower case, as Neo4j stores database names), or from inspect data.</summary>
    public required string Database { get; init; }

    /// <summary>Backup or dump, from the file extension.</summary>
    public required ArtifactKind Kind { get; init; }
    /// <summary>When the artifact was made (see <see cref="TimeOrigin"/> for where that comes from).</summary>
    public required DateTimeOffset Time { get; init; }
    /// <summary>Where <see cref="Time"/> comes from: the file name, inspect data or the file time.</summary>
    public required TimestampOrigin TimeOrigin { get; init; }
    /// <summary>The file size in bytes.</summary>
    public long SizeBytes { get; init; }

    /// <summary>The file's permission bits; null where the platform has none (Windows).</summary>
    public UnixFileMode? Mode { get; init; }

    /// <summary>The matching <c>backup inspect</c> row, when one was given.</summary>
    public BackupInspectRecord? Inspect { get; init; }

    /// <summary>The file name without its folder.</summary>
    public string FileName => System.IO.Path.GetFileName(Path);

    /// <summary>Where it sits in a backup chain: full, differential, standalone (a dump) or unknown (no inspect data).</summary>
    public ChainPosition Position => Kind == ArtifactKind.Dump
        ? ChainPosition.Standalone
        : Inspect switch
        {
            null => ChainPosition.Unknown,
            { Full: true } => ChainPosition.Full,
            _ => ChainPosition.Differential,
        };
}
