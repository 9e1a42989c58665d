using System.Text.Json;

namespace BackupPolicyLint.Neo4j;

/// <summary>
/// Reads both result shapes (neo4j-facts.md §8): Query API <c>{"data":{"fields":[…],"values":[[…]]}}</c> and
/// tx/commit <c>{"results":[{"columns":[…],"data":[{"row":[…]}]}],"errors":[]}</c>. A non-empty <c>errors</c> is a
/// refusal whatever the HTTP status (tx/commit answers 200 even then).
/// </summary>
internal static class ResponseParser
{
    public static CypherResult Parse(string body, int status, string? mediaType)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException ex)
        {
            throw new StatementFailure(LooksLikeJson(mediaType)
                ? $"the reply (HTTP {status}) is malformed JSON: {OneLine(ex.Message)}"
                : $"the reply (HTTP {status}, {mediaType ?? "no content type"}) is not JSON, so it did not come from Neo4j's HTTP API")
            { NotNeo4j = !LooksLikeJson(mediaType) };
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new StatementFailure($"the reply (HTTP {status}) is JSON but not a Neo4j result") { NotNeo4j = true };
            }

            if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
            {
                var first = errors[0];
                var code = first.TryGetProperty("code", out var c) ? c.GetString() : null;
                var message = first.TryGetProperty("message", out var m) ? m.GetString() : null;
                throw new StatementFailure($"Neo4j refused it (HTTP {status}, {code ?? "no code"}: {OneLine(message ?? "no message")})") { Code = code };
            }

            if (root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
            {
                return new CypherResult(Names(data, "fields"), Rows(data.TryGetProperty("values", out var values) ? values : default, row => row));
            }

            if (root.TryGetProperty("results", out var results) && results.ValueKind == JsonValueKind.Array)
            {
                if (results.GetArrayLength() == 0)
                {
                    return new CypherResult([], []);
                }

                var result = results[0];
                return new CypherResult(
                    Names(result, "columns"),
                    Rows(result.TryGetProperty("data", out var rows) ? rows : default, row => row.TryGetProperty("row", out var r) ? r : default));
            }

            throw new StatementFailure($"the reply (HTTP {status}) is JSON but not a Neo4j result (no data, results or errors)") { NotNeo4j = true };
        }
    }

    public static string OneLine(string text)
    {
        var line = string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        return line.Length > 200 ? line[..200] + "…" : line;
    }

    private static bool LooksLikeJson(string? mediaType) => mediaType is not null && mediaType.Contains("json", StringComparison.OrdinalIgnoreCase);

    private static List<string> Names(JsonElement parent, string property) =>
        parent.TryGetProperty(property, out var names) && names.ValueKind == JsonValueKind.Array
            ? names.EnumerateArray().Select(n => n.ValueKind == JsonValueKind.String ? n.GetString()! : n.GetRawText()).ToList()
            : throw new StatementFailure($"the reply has no '{property}' list, so it is not a Neo4j result") { NotNeo4j = true };

    private static List<JsonElement[]> Rows(JsonElement rows, Func<JsonElement, JsonElement> row) =>
        rows.ValueKind == JsonValueKind.Array
            ? rows.EnumerateArray().Select(row).Where(r => r.ValueKind == JsonValueKind.Array).Select(r => r.EnumerateArray().Select(e => e.Clone()).ToArray()).ToList()
            : [];
}
