using BackupPolicyLint.Model.Inventory;

namespace BackupPolicyLint.Neo4j;

/// <summary>Where a live inventory comes from (HTTP today; a Bolt source can implement the same contract).</summary>
internal interface IInventorySource
{
    /// <summary>Collects what can be collected; parts that fail are recorded as incomplete.</summary>
    /// <exception cref="CollectionException">Nothing could be collected (unreachable, TLS, authentication, not Neo4j).</exception>
    Task<DbmsInventory> CollectAsync(CancellationToken cancellationToken);
}
