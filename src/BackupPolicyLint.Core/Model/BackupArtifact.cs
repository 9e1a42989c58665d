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

    public required ArtifactKind Kind { get; init; }
    public required DateTimeOffset Time { get; init; }
    public required TimestampOrigin TimeOrigin { get; init; }
    public long SizeBytes { get; init; }

    /// <summary>The file's permission bits; null where the platform has none (Windows).</summary>
    public UnixFileMode? Mode { get; init; }

    /// <summary>The matching <c>backup inspect</c> row, when one was given.</summary>
    public BackupInspectRecord? Inspect { get; init; }

    public string FileName => System.IO.Path.GetFileName(Path);

    public ChainPosition Position => Kind == ArtifactKind.Dump
        ? ChainPosition.Standalone
        : Inspect switch
        {
            null => ChainPosition.Unknown,
            { Full: true } => ChainPosition.Full,
            _ => ChainPosition.Differential,
        };
}
