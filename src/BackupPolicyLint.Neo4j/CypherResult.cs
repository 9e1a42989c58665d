using System.Text.Json;

namespace BackupPolicyLint.Neo4j;

/// <summary>The rows of one statement, read by column name whatever the endpoint's shape.</summary>
internal sealed record CypherResult(IReadOnlyList<string> Fields, IReadOnlyList<JsonElement[]> Values)
{
    public IEnumerable<CypherRow> Rows => Values.Select(v => new CypherRow(Fields, v));
}

/// <summary>One row; missing columns (older versions) read as null.</summary>
internal sealed record CypherRow(IReadOnlyList<string> Fields, JsonElement[] Values)
{
    public JsonElement? Get(string field)
    {
        var index = Fields.ToList().IndexOf(field);
        return index >= 0 && index < Values.Length && Values[index].ValueKind != JsonValueKind.Null ? Values[index] : null;
    }

    public string? String(string field) => Get(field) switch
    {
        { ValueKind: JsonValueKind.String } value => value.GetString(),
        { } value => value.GetRawText(),
        null => null,
    };

    public bool? Bool(string field) => Get(field) switch
    {
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.False } => false,
        _ => null,
    };

    public IReadOnlyList<string> Strings(string field) => Get(field) is { ValueKind: JsonValueKind.Array } array
        ? array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList()
        : [];
}
