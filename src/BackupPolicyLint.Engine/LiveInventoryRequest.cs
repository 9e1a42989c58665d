namespace BackupPolicyLint.Engine;

/// <summary>What the command line says about live DBMSs; plain values, so parsing it never loads the Neo4j assembly.</summary>
internal sealed record LiveInventoryRequest
{
    /// <summary>The --neo4j-uri values in command-line order (one for inventory collect and init).</summary>
    public required IReadOnlyList<string> Uris { get; init; }

    /// <summary>Shared by every endpoint, as are the password, the CA file and the timeouts.</summary>
    public string? User { get; init; }

    public string? CaFile { get; init; }
    public double? TimeoutSeconds { get; init; }
    public double? ConnectTimeoutSeconds { get; init; }

    /// <summary>The inventory's name (inventory collect --name, one endpoint only); null names each by its host.</summary>
    public string? Name { get; init; }

    /// <summary>--neo4j-parallel: endpoints collected at once; null for the default.</summary>
    public int? Parallelism { get; init; }
}
