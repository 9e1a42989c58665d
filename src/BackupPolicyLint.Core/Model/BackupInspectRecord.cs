namespace BackupPolicyLint.Model;

/// <summary>
/// One row of <c>neo4j-admin backup inspect</c> (TABULAR output): the metadata Neo4j keeps in an artifact's header.
/// Columns a Neo4j version does not print are null.
/// </summary>
public sealed record BackupInspectRecord
{
    /// <summary>The <c>FILE</c> column as printed: a URI such as <c>file:///backups/neo4j-2024-10-07T16-05-37.backup</c>.</summary>
    public required string File { get; init; }

    /// <summary>The last segment of <see cref="File"/>, unescaped: what the artifact is called in the location.</summary>
    public required string FileName { get; init; }

    public required string Database { get; init; }
    public string? DatabaseId { get; init; }
    public DateTimeOffset? Time { get; init; }
    public required bool Full { get; init; }
    public bool? Compressed { get; init; }
    public long? LowestTx { get; init; }
    public long? HighestTx { get; init; }
    public bool? Recovered { get; init; }

    /// <summary>The 1-based line of the row in the inspect output.</summary>
    public int Line { get; init; }

    /// <summary>An empty backup (no new transactions) records history only: Neo4j prints 0/0 as its range.</summary>
    public bool IsEmpty => !Full && LowestTx == 0 && HighestTx == 0;
}
