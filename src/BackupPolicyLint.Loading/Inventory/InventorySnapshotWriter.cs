using System.Globalization;
using System.Text.Json;
using BackupPolicyLint.Loading.Plans;
using BackupPolicyLint.Model.Inventory;
using YamlDotNet.Serialization;

namespace BackupPolicyLint.Loading.Inventory;

/// <summary>Writes a <c>kind: Inventory</c> snapshot: YAML for .yaml/.yml, JSON otherwise (docs/inventory.md).</summary>
internal static class InventorySnapshotWriter
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static bool IsYaml(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    public static string ToText(DbmsInventory inventory, bool yaml)
    {
        var document = ToDocument(inventory);
        return yaml
            ? new SerializerBuilder().WithQuotingNecessaryStrings().DisableAliases().Build().Serialize(document)
            : JsonSerializer.Serialize(document, Indented) + "\n";
    }

    /// <summary>An ordered tree of dictionaries, lists and scalars; both serializers keep insertion order.</summary>
    private static Dictionary<string, object?> ToDocument(DbmsInventory inventory)
    {
        var spec = new Dictionary<string, object?>
        {
            ["edition"] = inventory.Edition,
            ["version"] = inventory.VersionText,
            ["servers"] = inventory.Servers.Select(s => new Dictionary<string, object?>
            {
                ["name"] = s.Name,
                ["address"] = s.Address,
                ["state"] = s.State,
                ["health"] = s.Health,
                ["hosting"] = s.Hosting.ToList(),
            }).ToList(),
            ["databases"] = inventory.Databases.Select(d => new Dictionary<string, object?>
            {
                ["name"] = d.Name,
                ["type"] = d.Type,
                ["aliases"] = d.Aliases.ToList(),
                ["constituents"] = d.Constituents.ToList(),
                ["requestedStatus"] = d.RequestedStatus,
                ["currentStatus"] = d.CurrentStatus,
                ["statusMessage"] = d.StatusMessage,
                ["role"] = d.Role,
                ["address"] = d.Address,
                ["writer"] = d.Writer,
                ["default"] = d.Default,
            }).ToList(),
            ["settings"] = inventory.Settings.OrderBy(s => s.Key, StringComparer.Ordinal).ToDictionary(s => s.Key, s => (object?)s.Value),
        };
        if (inventory.Plugins is { } plugins)
        {
            spec["plugins"] = plugins.ToList();
        }

        spec["incomplete"] = inventory.Incomplete.Select(i => new Dictionary<string, object?> { ["part"] = i.Part, ["reason"] = i.Reason }).ToList();
        return new Dictionary<string, object?>
        {
            ["apiVersion"] = PlanLoader.ApiVersion,
            ["kind"] = DbmsInventory.Kind,
            ["metadata"] = new Dictionary<string, object?>
            {
                ["name"] = inventory.Name,
                ["collectedAt"] = inventory.CollectedAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                ["source"] = inventory.Source,
                ["toolVersion"] = inventory.ToolVersion,
            },
            ["spec"] = spec,
        };
    }
}
