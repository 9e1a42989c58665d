using BackupPolicyLint.Model;
using BackupPolicyLint.Model.Inventory;

namespace BackupPolicyLint.Analysis;

/// <summary>
/// Which inventory describes which plan (docs/inventory.md, "Which plan an inventory describes"): the one named by
/// <c>spec.dbms.inventory</c>; otherwise the first that shares a host with one of the plan's servers; otherwise, when
/// the run has exactly one plan and one inventory and neither names the other, that one. Loopback hosts take part
/// only for an inventory collected from a loopback URI, and then <c>localhost</c>, <c>127.x</c> and <c>::1</c> are one
/// host. What matched nothing is reported (BPL806), never silently left out.
/// </summary>
internal sealed class InventoryMatching
{
    /// <summary>Stands for every spelling of loopback once loopback counts as a host.</summary>
    private const string Loopback = "(loopback)";

    private readonly Dictionary<BackupPlan, DbmsInventory?> _matches;

    private InventoryMatching(IReadOnlyList<BackupPlan> plans, IReadOnlyList<DbmsInventory> inventories)
    {
        Plans = plans;
        Inventories = inventories;
        var sole = plans.Count == 1 && inventories.Count == 1 && plans[0].Dbms?.Inventory is null && HasDefaultName(inventories[0]);
        _matches = new Dictionary<BackupPlan, DbmsInventory?>(ReferenceEqualityComparer.Instance);
        foreach (var plan in plans)
        {
            _matches[plan] = Match(plan, inventories, sole);
        }
    }

    public IReadOnlyList<BackupPlan> Plans { get; }

    /// <summary>Every inventory given to the run, in order (snapshots, then live DBMSs).</summary>
    public IReadOnlyList<DbmsInventory> Inventories { get; }

    /// <summary>The inventories no plan uses, in the order given: nothing was compared with them.</summary>
    public IReadOnlyList<DbmsInventory> Unused => Inventories.Where(i => !_matches.Values.Any(m => ReferenceEquals(m, i))).ToList();

    public static InventoryMatching Of(IReadOnlyList<BackupPlan> plans, IReadOnlyList<DbmsInventory> inventories) => new(plans, inventories);

    /// <summary>The inventory that describes <paramref name="plan"/>, or null.</summary>
    public DbmsInventory? For(BackupPlan plan) => _matches.GetValueOrDefault(plan);

    /// <summary>Why <paramref name="plan"/> does not use <paramref name="inventory"/>, as a clause: "names inventory 'x'".</summary>
    public string WhyNot(BackupPlan plan, DbmsInventory inventory)
    {
        if (plan.Dbms?.Inventory is { } name)
        {
            return $"names inventory '{name}'";
        }

        if (For(plan) is { } other)
        {
            return $"uses inventory '{other.Name}'";
        }

        var planHosts = PlanHosts(plan, loopbackCounts: true).Select(h => h.Display).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var hosts = HostsOf(inventory).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return planHosts.Count == 0
            ? "names no inventory and lists no server"
            : $"names no inventory, and its servers ({string.Join(", ", planHosts)}) share no host with the inventory's ({(hosts.Count == 0 ? "none known" : string.Join(", ", hosts))})";
    }

    /// <summary>The hosts an inventory speaks of: its servers, its databases' servers, the URI it came from. Loopback only when that URI is loopback.</summary>
    public static IEnumerable<string> HostsOf(DbmsInventory inventory)
    {
        var loopbackCounts = IsLoopbackSource(inventory);
        return inventory.Servers.Select(s => s.AddressHost)
            .Concat(inventory.Databases.Select(d => d.AddressHost))
            .Append(SourceHost(inventory.Source))
            .Where(h => !string.IsNullOrWhiteSpace(h) && (loopbackCounts || !HostNames.IsLoopback(h!)))
            .Select(h => h!);
    }

    /// <summary>True when the inventory carries the name bpl gives by default (its URI's host, or host:port), i.e. nobody named it.</summary>
    public static bool HasDefaultName(DbmsInventory inventory) =>
        Uri.TryCreate(inventory.Source, UriKind.Absolute, out var uri)
        && (string.Equals(inventory.Name, uri.Host, StringComparison.OrdinalIgnoreCase)
            || string.Equals(inventory.Name, $"{uri.Host}:{uri.Port}", StringComparison.OrdinalIgnoreCase));

    private static DbmsInventory? Match(BackupPlan plan, IReadOnlyList<DbmsInventory> inventories, bool sole)
    {
        if (plan.Dbms?.Inventory is { } name)
        {
            return inventories.FirstOrDefault(i => string.Equals(i.Name, name, StringComparison.OrdinalIgnoreCase));
        }

        foreach (var inventory in inventories)
        {
            var loopbackCounts = IsLoopbackSource(inventory);
            var planHosts = PlanHosts(plan, loopbackCounts).Select(h => h.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (planHosts.Count > 0 && HostsOf(inventory).Select(h => Key(h, loopbackCounts)).Any(planHosts.Contains))
            {
                return inventory;
            }
        }

        return sole ? inventories[0] : null;
    }

    private static IEnumerable<(string Key, string Display)> PlanHosts(BackupPlan plan, bool loopbackCounts) =>
        (plan.Dbms?.Servers ?? [])
            .SelectMany(s => new[] { s.Name, s.AddressHost })
            .Where(h => !string.IsNullOrWhiteSpace(h) && (loopbackCounts || !HostNames.IsLoopback(h!)))
            .Select(h => (Key(h!, loopbackCounts), h!));

    private static string Key(string host, bool loopbackCounts) => loopbackCounts && HostNames.IsLoopback(host) ? Loopback : host;

    private static bool IsLoopbackSource(DbmsInventory inventory) =>
        Uri.TryCreate(inventory.Source, UriKind.Absolute, out var uri) && uri.IsLoopback;

    private static string? SourceHost(string source) =>
        Uri.TryCreate(source, UriKind.Absolute, out var uri) ? uri.Host.Trim('[', ']') : null;
}
