using System.Text.Json;
using System.Text.Json.Nodes;
using BackupPolicyLint.Loading.Files;
using BackupPolicyLint.Loading.Policies;
using BackupPolicyLint.Suppressions;

namespace BackupPolicyLint.Loading.Baselines;

/// <summary>
/// The baseline file: JSON, <c>kind: Baseline</c>, entries sorted so that a regenerated baseline diffs cleanly, and no
/// timestamps or line numbers.
/// </summary>
internal static class BaselineFile
{
    public const string Kind = "Baseline";

    /// <summary>
    /// A baseline lists every finding it hides, about 170 bytes each, so it may be larger than the 10 MiB any other input
    /// may have: the 10,000-plan corpus writes 13.9 MB. This bound is 1.5 million findings.
    /// </summary>
    public const long MaxBytes = 256L * 1024 * 1024;

    public static IReadOnlyList<BaselineEntry> Read(string fullPath, string displayPath)
    {
        try
        {
            var bytes = InputFileReader.ReadAll(fullPath, MaxBytes).Bytes
                ?? throw new PolicyDocumentException($"{displayPath}: a baseline may have at most {MaxBytes} bytes");
            // A document over the bytes, not a tree of nodes: a large baseline costs about twice its size while read.
            using var document = JsonDocument.Parse(bytes.AsMemory(bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0));
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new PolicyDocumentException($"{displayPath}: a baseline is a JSON object");
            }

            if (!root.TryGetProperty("kind", out var kind) || kind.ValueKind != JsonValueKind.String || kind.GetString() != Kind)
            {
                throw new PolicyDocumentException($"{displayPath}: not a baseline (kind is not {Kind}); create one with `bpl baseline create`");
            }

            if (!root.TryGetProperty("entries", out var entries) || entries.ValueKind != JsonValueKind.Array)
            {
                return [];
            }

            return entries.EnumerateArray().Select(e => new BaselineEntry(
                Field(e, "ruleId", displayPath), Field(e, "file", displayPath), Field(e, "path", displayPath), Field(e, "value", displayPath))).ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new PolicyDocumentException($"cannot read baseline '{displayPath}': {ex.Message}");
        }
        catch (JsonException ex)
        {
            throw new PolicyDocumentException($"{displayPath}:{(ex.LineNumber ?? 0) + 1}:{(ex.BytePositionInLine ?? 0) + 1}: the baseline is not valid JSON");
        }
    }

    public static string Write(IEnumerable<BaselineEntry> entries)
    {
        var sorted = entries
            .OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.RuleId, StringComparer.Ordinal)
            .ThenBy(e => e.Path, StringComparer.Ordinal).ThenBy(e => e.Value, StringComparer.Ordinal);
        var root = new JsonObject
        {
            ["apiVersion"] = "bpl/v1",
            ["kind"] = Kind,
            ["entries"] = new JsonArray(sorted.Select(e => (JsonNode)new JsonObject
            {
                ["ruleId"] = e.RuleId,
                ["file"] = e.File,
                ["path"] = e.Path,
                ["value"] = e.Value,
            }).ToArray()),
        };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    private static string Field(JsonElement entry, string name, string displayPath)
    {
        if (entry.ValueKind != JsonValueKind.Object)
        {
            throw new PolicyDocumentException($"{displayPath}: each baseline entry is a JSON object");
        }

        return !entry.TryGetProperty(name, out var value) ? throw new PolicyDocumentException($"{displayPath}: a baseline entry lacks '{name}'")
            : value.ValueKind == JsonValueKind.String ? value.GetString()!
            : throw new PolicyDocumentException($"{displayPath}: a baseline entry's '{name}' must be a string, not {value.ValueKind.ToString().ToLowerInvariant()}");
    }
}
