using BackupPolicyLint.Model;
using BackupPolicyLint.Model.Inventory;

namespace BackupPolicyLint.Analysis;

/// <summary>
/// Which inventory describes which plan: the one named by <c>spec.dbms.inventory</c>; otherwise the first whose
/// servers, database hosts or source host share a host with one of the plan's servers. A plan that names an
/// inventory nobody supplied gets none (its inventory checks stay quiet, as without --inventory).
/// </summary>
public static class InventoryMatching
{
    public static DbmsInventory? For(BackupPlan plan, IReadOnlyList<DbmsInventory> inventories)
    {
        if (inventories.Count == 0)
        {
            return null;
        }

        if (plan.Dbms?.Inventory is { } name)
        {
            return inventories.FirstOrDefault(i => string.Equals(i.Name, name, StringComparison.OrdinalIgnoreCase));
        }

        var planHosts = (plan.Dbms?.Servers ?? [])
            .SelectMany(s => new[] { s.Name, s.AddressHost })
            .Where(h => !string.IsNullOrWhiteSpace(h) && !HostNames.IsLoopback(h!))
            .Select(h => h!)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        return planHosts.Count == 0 ? null : inventories.FirstOrDefault(i => HostsOf(i).Any(planHosts.Contains));
    }

    /// <summary>The hosts an inventory speaks of (loopback excluded: every DBMS has one).</summary>
    public static IEnumerable<string> HostsOf(DbmsInventory inventory) =>
        inventory.Servers.Select(s => s.AddressHost)
            .Concat(inventory.Databases.Select(d => d.AddressHost))
            .Append(SourceHost(inventory.Source))
            .Where(h => !string.IsNullOrWhiteSpace(h) && !HostNames.IsLoopback(h!))
            .Select(h => h!);

    private static string? SourceHost(string source) =>
        Uri.TryCreate(source, UriKind.Absolute, out var uri) ? uri.Host : null;
}
