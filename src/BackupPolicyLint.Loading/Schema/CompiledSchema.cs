using BackupPolicyLint.Documents;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace BackupPolicyLint.Loading.Schema;

/// <summary>The JSON types a schema's <c>type</c> names, as flags in NJsonSchema's order (which decides error order).</summary>
[Flags]
internal enum JsonTypes
{
    None = 0,
    Array = 1,
    Boolean = 2,
    Integer = 4,
    Null = 8,
    Number = 16,
    Object = 32,
    String = 64,
}

/// <summary>
/// One schema of our published JSON Schemas (draft-07), compiled once from its JSON with System.Text.Json: the keywords
/// our schemas use and nothing else. A keyword it does not know stops the compile, so a schema cannot grow past what
/// <see cref="SchemaCheck"/> enforces without a test failing. <c>$ref</c> is resolved to its target, as validators do.
/// </summary>
internal sealed class CompiledSchema
{
    /// <summary>Keywords that only describe (annotations) and <c>const</c>, which the plan loader checks before validation.</summary>
    private static readonly HashSet<string> Ignored = ["$schema", "$id", "title", "description", "default", "examples", "definitions", "const"];

    private CompiledSchema? _reference;
    private string? _referencePath;

    public JsonTypes Types { get; private set; }
    public string? Description { get; private set; }
    public List<KeyValuePair<string, CompiledSchema>> Properties { get; } = [];
    public List<string> Required { get; } = [];
    public bool AllowAdditionalProperties { get; private set; } = true;
    public CompiledSchema? AdditionalProperties { get; private set; }
    public List<CompiledSchema> AllOf { get; } = [];
    public List<CompiledSchema> AnyOf { get; } = [];
    public List<CompiledSchema> OneOf { get; } = [];
    public CompiledSchema? Not { get; private set; }
    public List<string?>? Enumeration { get; private set; }
    public string? Pattern { get; private set; }
    public Regex? PatternRegex { get; private set; }
    public int? MinLength { get; private set; }
    public int? MaxLength { get; private set; }
    public decimal? Minimum { get; private set; }
    public decimal? Maximum { get; private set; }
    public decimal? ExclusiveMinimum { get; private set; }
    public decimal? ExclusiveMaximum { get; private set; }
    public CompiledSchema? Items { get; private set; }
    public int MinItems { get; private set; }
    public int MaxItems { get; private set; }
    public int MinProperties { get; private set; }
    public int MaxProperties { get; private set; }

    /// <summary>
    /// The schema itself, or the one its <c>$ref</c> points at. As in NJsonSchema, a schema that only wraps a reference
    /// in a one-member allOf/oneOf/anyOf (to give it a description) stands for the schema referenced.
    /// </summary>
    public CompiledSchema Actual => _reference?.Actual ?? Wrapped?.Actual ?? this;

    private bool HasReference => _referencePath is not null || Wrapped is not null;

    private CompiledSchema? Wrapped =>
        Types == JsonTypes.None && Properties.Count == 0 && AdditionalProperties is null && Enumeration is null
            ? (AllOf.Count, OneOf.Count, AnyOf.Count) switch
            {
                (1, 0, 0) when AllOf[0].HasReference => AllOf[0],
                (0, 1, 0) when OneOf[0].HasReference => OneOf[0],
                (0, 0, 1) when AnyOf[0].HasReference => AnyOf[0],
                _ => null,
            }
            : null;

    public bool HasProperty(string name)
    {
        foreach (var property in Properties)
        {
            if (property.Key == name)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Null is accepted by a type list naming null, an enum listing it, or a oneOf member accepting it.</summary>
    public bool IsNullable =>
        Types.HasFlag(JsonTypes.Null)
        || Enumeration?.Contains(null) == true
        || (Types == JsonTypes.None || Types.HasFlag(JsonTypes.Null)) && OneOf.Any(o => o.Actual.IsNullable);

    public static CompiledSchema Compile(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var all = new List<CompiledSchema>();
        var compiled = Compile(root, all);
        var targets = new Dictionary<string, CompiledSchema>(StringComparer.Ordinal) { ["#"] = compiled };
        // Resolving a reference compiles its target, which may hold references of its own: the list grows as it is walked.
        for (var i = 0; i < all.Count; i++)
        {
            if (all[i]._referencePath is { } path)
            {
                if (!targets.TryGetValue(path, out var target))
                {
                    target = Compile(Find(root, path), all);
                    targets[path] = target;
                }

                all[i]._reference = target;
            }
        }

        return compiled;
    }

    private static CompiledSchema Compile(JsonElement element, List<CompiledSchema> all)
    {
        var schema = new CompiledSchema();
        all.Add(schema);
        if (element.ValueKind == JsonValueKind.True)
        {
            return schema;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new NotSupportedException($"schema must be an object, found {element.ValueKind}");
        }

        foreach (var keyword in element.EnumerateObject())
        {
            var value = keyword.Value;
            switch (keyword.Name)
            {
                case "$ref":
                    schema._referencePath = value.GetString();
                    break;
                case "type":
                    schema.Types = value.ValueKind == JsonValueKind.Array
                        ? value.EnumerateArray().Aggregate(JsonTypes.None, (types, t) => types | TypeOf(t.GetString()))
                        : TypeOf(value.GetString());
                    break;
                case "description":
                    schema.Description = value.GetString();
                    break;
                case "properties":
                    foreach (var property in value.EnumerateObject())
                    {
                        schema.Properties.Add(new(property.Name, Compile(property.Value, all)));
                    }

                    break;
                case "required":
                    schema.Required.AddRange(value.EnumerateArray().Select(r => r.GetString()!));
                    break;
                case "additionalProperties" when value.ValueKind is JsonValueKind.False or JsonValueKind.True:
                    schema.AllowAdditionalProperties = value.ValueKind == JsonValueKind.True;
                    break;
                case "additionalProperties":
                    schema.AdditionalProperties = Compile(value, all);
                    break;
                case "allOf":
                    schema.AllOf.AddRange(value.EnumerateArray().Select(s => Compile(s, all)));
                    break;
                case "anyOf":
                    schema.AnyOf.AddRange(value.EnumerateArray().Select(s => Compile(s, all)));
                    break;
                case "oneOf":
                    schema.OneOf.AddRange(value.EnumerateArray().Select(s => Compile(s, all)));
                    break;
                case "not":
                    schema.Not = Compile(value, all);
                    break;
                case "enum":
                    schema.Enumeration = value.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Null ? null : v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText()).ToList();
                    break;
                case "pattern":
                    schema.Pattern = value.GetString();
                    schema.PatternRegex = new Regex(schema.Pattern!, RegexOptions.None);
                    break;
                case "minLength":
                    schema.MinLength = value.GetInt32();
                    break;
                case "maxLength":
                    schema.MaxLength = value.GetInt32();
                    break;
                case "minimum":
                    schema.Minimum = value.GetDecimal();
                    break;
                case "maximum":
                    schema.Maximum = value.GetDecimal();
                    break;
                case "exclusiveMinimum":
                    schema.ExclusiveMinimum = value.GetDecimal();
                    break;
                case "exclusiveMaximum":
                    schema.ExclusiveMaximum = value.GetDecimal();
                    break;
                case "items" when value.ValueKind == JsonValueKind.Object:
                    schema.Items = Compile(value, all);
                    break;
                case "minItems":
                    schema.MinItems = value.GetInt32();
                    break;
                case "maxItems":
                    schema.MaxItems = value.GetInt32();
                    break;
                case "minProperties":
                    schema.MinProperties = value.GetInt32();
                    break;
                case "maxProperties":
                    schema.MaxProperties = value.GetInt32();
                    break;
                case var name when Ignored.Contains(name):
                    break;
                default:
                    throw new NotSupportedException($"schema keyword '{keyword.Name}' is not supported by bpl's schema validator");
            }
        }

        return schema;
    }

    /// <summary>A local reference, <c>#/definitions/name</c> (any JSON pointer into the same document).</summary>
    private static JsonElement Find(JsonElement root, string path)
    {
        if (!path.StartsWith("#/", StringComparison.Ordinal))
        {
            throw new NotSupportedException($"schema reference '{path}' is not local to the schema");
        }

        var target = root;
        foreach (var token in path[2..].Split('/'))
        {
            var name = DocNode.UnescapePointerToken(token);
            if (target.ValueKind != JsonValueKind.Object || !target.TryGetProperty(name, out target))
            {
                throw new NotSupportedException($"schema reference '{path}' points at nothing");
            }
        }

        return target;
    }

    private static JsonTypes TypeOf(string? name) => name switch
    {
        "array" => JsonTypes.Array,
        "boolean" => JsonTypes.Boolean,
        "integer" => JsonTypes.Integer,
        "null" => JsonTypes.Null,
        "number" => JsonTypes.Number,
        "object" => JsonTypes.Object,
        "string" => JsonTypes.String,
        _ => throw new NotSupportedException($"schema type '{name}' is not a JSON type"),
    };
}
