namespace BackupPolicyLint.Neo4j;

/// <summary>One statement could not be run; the rest of the inventory is still collected.</summary>
internal sealed class StatementFailure(string reason) : Exception(reason)
{
    /// <summary>The Neo4j status code of the refusal, when Neo4j answered with one.</summary>
    public string? Code { get; init; }

    /// <summary>The reply did not come from Neo4j (no result and no Neo4j error).</summary>
    public bool NotNeo4j { get; init; }
}
