using System.Text.Json;
using System.Text.Json.Nodes;
using BackupPolicyLint.Loading.Files;
using BackupPolicyLint.Loading.Policies;
using BackupPolicyLint.Loading.Yaml;
using BackupPolicyLint.Suppressions;

namespace BackupPolicyLint.Loading.Baselines;

/// <summary>
/// The baseline file: JSON, <c>kind: Baseline</c>, entries sorted so that a regenerated baseline diffs cleanly, and no
/// timestamps or line numbers.
/// </summary>
internal static class BaselineFile
{
    public const string Kind = "Baseline";

    public static IReadOnlyList<BaselineEntry> Read(string fullPath, string displayPath)
    {
        try
        {
            var root = JsonNode.Parse(InputFileReader.ReadText(fullPath, ReaderLimits.Default.MaxFileBytes)) as JsonObject
                ?? throw new PolicyDocumentException($"{displayPath}: a baseline is a JSON object");
            if ((string?)root["kind"] != Kind)
            {
                throw new PolicyDocumentException($"{displayPath}: not a baseline (kind is not {Kind}); create one with `bpl baseline create`");
            }

            return (root["entries"] as JsonArray ?? []).Select(e => new BaselineEntry(
                Field(e, "ruleId", displayPath), Field(e, "file", displayPath), Field(e, "path", displayPath), Field(e, "value", displayPath))).ToList();
        }
        catch (InputTooLargeException)
        {
            throw new PolicyDocumentException($"{displayPath}: a baseline may have at most {ReaderLimits.Default.MaxFileBytes} bytes");
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

    private static string Field(JsonNode? entry, string name, string displayPath) => entry is JsonObject item ? item[name] switch
    {
        null => throw new PolicyDocumentException($"{displayPath}: a baseline entry lacks '{name}'"),
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        var other => throw new PolicyDocumentException($"{displayPath}: a baseline entry's '{name}' must be a string, not {other.GetValueKind().ToString().ToLowerInvariant()}"),
    }
    : throw new PolicyDocumentException($"{displayPath}: each baseline entry is a JSON object");
}
