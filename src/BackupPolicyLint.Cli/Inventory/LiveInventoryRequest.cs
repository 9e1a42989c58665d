namespace BackupPolicyLint.Cli.Inventory;

/// <summary>What the command line says about a live DBMS; plain values, so parsing it never loads the Neo4j assembly.</summary>
public sealed record LiveInventoryRequest
{
    public required string Uri { get; init; }
    public string? User { get; init; }
    public string? CaFile { get; init; }
    public double? TimeoutSeconds { get; init; }
    public double? ConnectTimeoutSeconds { get; init; }
    public string? Name { get; init; }
}
