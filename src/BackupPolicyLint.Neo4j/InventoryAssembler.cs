using System.Text.Json;
using BackupPolicyLint.Model.Inventory;

namespace BackupPolicyLint.Neo4j;

/// <summary>Turns the statements' rows into the model; columns are read by name and missing ones tolerated (4.4 to 2025.x).</summary>
internal static class InventoryAssembler
{
    /// <summary>Procedure namespaces that ship with Neo4j; any other namespace is a plugin's.</summary>
    private static readonly HashSet<string> BuiltInNamespaces = new(StringComparer.OrdinalIgnoreCase) { "db", "dbms", "tx", "cdc", "internal", "unsupported" };

    public static DbmsInventory Build(
        Neo4jConnectionOptions options,
        IReadOnlyDictionary<string, CypherResult> collected,
        IReadOnlyList<IncompleteItem> incomplete,
        JsonElement? discovery)
    {
        var (edition, version) = Components(collected.GetValueOrDefault(InventoryParts.Components));
        edition ??= DiscoveryString(discovery, "neo4j_edition");
        version ??= DiscoveryString(discovery, "neo4j_version");
        return new DbmsInventory
        {
            Name = options.Name ?? options.Endpoint.Host,
            Source = Neo4jEndpoint.Display(options.Endpoint),
            ToolVersion = options.ToolVersion,
            CollectedAt = options.Clock(),
            Edition = edition,
            VersionText = version,
            Databases = collected.GetValueOrDefault(InventoryParts.Databases)?.Rows.Select(Database).ToList() ?? [],
            Servers = collected.GetValueOrDefault(InventoryParts.Servers)?.Rows.Select(Server).ToList() ?? [],
            Settings = collected.GetValueOrDefault(InventoryParts.Settings)?.Rows
                .Where(r => r.String("name") is not null && r.String("value") is not null)
                .GroupBy(r => r.String("name")!, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.First().String("value")!, StringComparer.Ordinal) ?? new Dictionary<string, string>(),
            Plugins = collected.GetValueOrDefault(InventoryParts.Plugins) is { } procedures ? Plugins(procedures) : null,
            Incomplete = incomplete,
        };
    }

    private static (string? Edition, string? Version) Components(CypherResult? result)
    {
        var kernel = result?.Rows.FirstOrDefault(r => r.String("name") == "Neo4j Kernel");
        return kernel is null ? (null, null) : (kernel.String("edition"), kernel.Strings("versions").FirstOrDefault());
    }

    private static InventoryDatabase Database(CypherRow row)
    {
        var name = row.String("name") ?? "";
        return new InventoryDatabase
        {
            Name = name,
            // 4.4 has no type column: system is the one with that name.
            Type = row.String("type") ?? (name == "system" ? "system" : "standard"),
            Aliases = row.Strings("aliases"),
            Constituents = row.Strings("constituents"),
            RequestedStatus = row.String("requestedStatus"),
            CurrentStatus = row.String("currentStatus"),
            StatusMessage = row.String("statusMessage") ?? row.String("error"),
            Role = row.String("role"),
            Address = row.String("address"),
            Writer = row.Bool("writer"),
            Default = row.Bool("default"),
        };
    }

    private static InventoryServer Server(CypherRow row) => new()
    {
        Name = row.String("name") ?? row.String("serverId") ?? "",
        Address = row.String("address"),
        State = row.String("state"),
        Health = row.String("health"),
        Hosting = row.Strings("hosting"),
    };

    private static List<string> Plugins(CypherResult procedures) => procedures.Rows
        .Select(r => r.String("name"))
        .Where(n => n is not null && n.Contains('.', StringComparison.Ordinal))
        .Select(n => n![..n!.IndexOf('.', StringComparison.Ordinal)])
        .Where(ns => !BuiltInNamespaces.Contains(ns))
        .Distinct(StringComparer.OrdinalIgnoreCase)
        .Order(StringComparer.Ordinal)
        .ToList();

    private static string? DiscoveryString(JsonElement? discovery, string property) =>
        discovery is { } d && d.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
