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

    /// <summary>The <c>DATABASE</c> column: the database backed up.</summary>
    public required string Database { get; init; }
    /// <summary>The <c>DATABASE ID</c> column, the database's store id.</summary>
    public string? DatabaseId { get; init; }
    /// <summary>The <c>TIME</c> column: when the backup was taken.</summary>
    public DateTimeOffset? Time { get; init; }
    /// <summary>The <c>FULL</c> column: true for a full backup, false for a differential one.</summary>
    public required bool Full { get; init; }
    /// <summary>The <c>COMPRESSED</c> column.</summary>
    public bool? Compressed { get; init; }
    /// <summary>The <c>LOWEST TX</c> column: the first transaction the artifact holds.</summary>
    public long? LowestTx { get; init; }
    /// <summary>The <c>HIGHEST TX</c> column: the last transaction the artifact holds.</summary>
    public long? HighestTx { get; init; }
    /// <summary>The <c>RECOVERED</c> column (2025.06+): false for a full backup taken with <c>--skip-recovery</c>, which is recovered at restore time.</summary>
    public bool? Recovered { get; init; }

    /// <summary>The 1-based line of the row in the inspect output.</summary>
    public int Line { get; init; }

    /// <summary>An empty backup (no new transactions) records history only: Neo4j prints 0/0 as its range.</summary>
    public bool IsEmpty => !Full && LowestTx == 0 && HighestTx == 0;
}
