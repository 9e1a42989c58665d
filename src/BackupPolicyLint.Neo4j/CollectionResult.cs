using BackupPolicyLint.Model.Inventory;

namespace BackupPolicyLint.Neo4j;

/// <summary>
/// What one endpoint of a collection gave: its inventory (possibly with incomplete parts), or the one-sentence reason
/// it could not be collected at all (unreachable, TLS, HTTP 401, nothing collected), never both.
/// </summary>
internal sealed record CollectionResult(Neo4jConnectionOptions Options, DbmsInventory? Inventory, string? Failure)
{
    public static CollectionResult Collected(Neo4jConnectionOptions options, DbmsInventory inventory) => new(options, inventory, null);

    public static CollectionResult Failed(Neo4jConnectionOptions options, string reason) => new(options, null, reason);
}
