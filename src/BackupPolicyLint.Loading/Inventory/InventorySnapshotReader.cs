using System.Globalization;
using BackupPolicyLint.Documents;
using BackupPolicyLint.Loading.Files;
using BackupPolicyLint.Loading.Plans;
using BackupPolicyLint.Loading.Yaml;
using BackupPolicyLint.Model.Inventory;

namespace BackupPolicyLint.Loading.Inventory;

/// <summary>
/// Reads a <c>kind: Inventory</c> snapshot (JSON or YAML; docs/inventory.md). Tolerant of missing optional parts
/// (an older or hand-trimmed snapshot), strict on what identifies it: apiVersion, kind, metadata.collectedAt.
/// </summary>
internal static class InventorySnapshotReader
{
    public static DbmsInventory ReadFile(string fullPath, string displayPath)
    {
        string text;
        try
        {
            text = InputFileReader.ReadText(fullPath, ReaderLimits.Default.MaxFileBytes);
        }
        catch (InputTooLargeException)
        {
            throw new InventorySnapshotException($"inventory snapshot '{displayPath}' is larger than {ReaderLimits.Default.MaxFileBytes} bytes");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InventorySnapshotException($"cannot read inventory snapshot '{displayPath}': {ex.Message}");
        }

        return Read(displayPath, text);
    }

    public static DbmsInventory Read(string displayPath, string text)
    {
        var loaded = LocatedYamlReader.Read(displayPath, text);
        if (loaded.Findings.Count > 0)
        {
            var first = loaded.Findings[0];
            throw new InventorySnapshotException($"inventory snapshot {first.Span}: {first.Message}");
        }

        var root = loaded.Documents.Count == 1 && loaded.Documents[0].Root.IsMapping
            ? loaded.Documents[0].Root
            : throw new InventorySnapshotException($"inventory snapshot '{displayPath}' must hold exactly one document, a mapping");
        Expect(root, "apiVersion", PlanLoader.ApiVersion, displayPath);
        Expect(root, "kind", DbmsInventory.Kind, displayPath);
        var metadata = root.Map("metadata") ?? throw Missing(root, "metadata", displayPath);
        var spec = root.Map("spec") ?? throw Missing(root, "spec", displayPath);
        var collectedText = metadata.String("collectedAt") ?? throw Missing(metadata, "collectedAt", displayPath);
        if (!DateTimeOffset.TryParse(collectedText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var collectedAt))
        {
            throw new InventorySnapshotException($"inventory snapshot {metadata.Get("collectedAt")!.Span}: metadata.collectedAt '{collectedText}' is not an ISO 8601 date-time");
        }

        return new DbmsInventory
        {
            Name = metadata.String("name") ?? Path.GetFileNameWithoutExtension(displayPath),
            NameSpan = (metadata.Get("name") ?? root.Get("metadata"))?.Span,
            CollectedAt = collectedAt,
            // A snapshot is a file anyone may have edited: never carry credentials of its source URI into findings or reports.
            Source = UriCredentials.Remove(metadata.String("source") ?? ""),
            ToolVersion = metadata.String("toolVersion") ?? "",
            File = displayPath,
            Edition = spec.String("edition"),
            VersionText = spec.String("version"),
            Servers = spec.Maps("servers").Select(s => new InventoryServer
            {
                Name = s.String("name") ?? "",
                Address = s.String("address"),
                State = s.String("state"),
                Health = s.String("health"),
                Hosting = s.Strings("hosting"),
            }).ToList(),
            Databases = spec.Maps("databases").Select(d => new InventoryDatabase
            {
                Name = d.String("name") ?? "",
                Type = d.String("type") ?? "standard",
                Aliases = d.Strings("aliases"),
                Constituents = d.Strings("constituents"),
                RequestedStatus = d.String("requestedStatus"),
                CurrentStatus = d.String("currentStatus"),
                StatusMessage = d.String("statusMessage"),
                Role = d.String("role"),
                Address = d.String("address"),
                Writer = d.Bool("writer"),
                Default = d.Bool("default"),
            }).ToList(),
            Settings = spec.Map("settings")?.Entries.Where(e => e.Value.Text is not null).ToDictionary(e => e.Key.Value, e => e.Value.Value, StringComparer.Ordinal)
                ?? new Dictionary<string, string>(),
            Plugins = spec.Get("plugins") is { IsSequence: true } ? spec.Strings("plugins") : null,
            Incomplete = spec.Maps("incomplete").Select(i => new IncompleteItem(i.String("part") ?? "", i.String("reason") ?? "")).ToList(),
        };
    }

    private static void Expect(DocNode root, string key, string expected, string file)
    {
        var actual = root.String(key);
        if (actual != expected)
        {
            throw new InventorySnapshotException(actual is null
                ? $"inventory snapshot '{file}' has no {key} (expected '{expected}')"
                : $"inventory snapshot {root.Get(key)!.Span}: {key} is '{actual}', expected '{expected}'");
        }
    }

    private static InventorySnapshotException Missing(DocNode parent, string key, string file) =>
        new($"inventory snapshot '{file}' has no '{key}' mapping at {parent.Span}");
}
