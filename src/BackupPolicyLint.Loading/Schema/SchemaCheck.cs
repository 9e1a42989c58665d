using System.Globalization;
using BackupPolicyLint.Documents;

namespace BackupPolicyLint.Loading.Schema;

/// <summary>What a schema error is about; the names (and so the messages made from them) are NJsonSchema's.</summary>
internal enum SchemaErrorKind
{
    NotAnyOf,
    NotAllOf,
    NotOneOf,
    ExcludedSchemaValidates,
    NoTypeValidates,
    ArrayExpected,
    StringExpected,
    NumberExpected,
    IntegerExpected,
    BooleanExpected,
    NullExpected,
    ObjectExpected,
    NotInEnumeration,
    PatternMismatch,
    StringTooShort,
    StringTooLong,
    NumberTooSmall,
    NumberTooBig,
    TooFewItems,
    TooManyItems,
    ArrayItemNotValid,
    PropertyRequired,
    TooManyProperties,
    TooFewProperties,
    AdditionalPropertiesNotValid,
    NoAdditionalPropertiesAllowed,
}

/// <summary>
/// One error: its kind, the property it names, the node it is about (a key node for an unknown key), the schema that
/// raised it, and for errors about a child schema (allOf, an item, …) the child's errors, one list per child schema.
/// </summary>
internal sealed record SchemaError(SchemaErrorKind Kind, string? Property, DocNode Node, CompiledSchema Schema)
{
    public IReadOnlyList<IReadOnlyList<SchemaError>> Children { get; init; } = [];
}

/// <summary>
/// Validates a located tree against a <see cref="CompiledSchema"/> directly, without converting it to JSON tokens.
/// It follows NJsonSchema's validator keyword by keyword and in the same order, so the errors (and the findings made
/// from them) are the ones NJsonSchema gives; a differential property test holds the two together.
/// </summary>
internal static class SchemaCheck
{
    private static readonly JsonTypes[] EachType = [JsonTypes.Array, JsonTypes.Boolean, JsonTypes.Integer, JsonTypes.Null, JsonTypes.Number, JsonTypes.Object, JsonTypes.String];

    public static List<SchemaError> Validate(DocNode node, CompiledSchema schema)
    {
        var errors = new List<SchemaError>();
        Validate(node, schema.Actual, null, errors);
        return errors;
    }

    private static void Validate(DocNode node, CompiledSchema schema, string? property, List<SchemaError> errors)
    {
        var token = Token.Of(node);
        Combinators(node, schema, property, errors);
        ValidateType(node, token, schema, property, errors);
        ValidateEnum(node, token, schema, property, errors);
        ValidateProperties(node, token, schema, property, errors);
    }

    private static void Combinators(DocNode node, CompiledSchema schema, string? property, List<SchemaError> errors)
    {
        if (schema.AnyOf.Count > 0)
        {
            var children = schema.AnyOf.Select(s => Validate(node, s)).ToList();
            if (children.All(c => c.Count != 0))
            {
                errors.Add(new SchemaError(SchemaErrorKind.NotAnyOf, property, node, schema) { Children = children });
            }
        }

        if (schema.AllOf.Count > 0)
        {
            var children = schema.AllOf.Select(s => Validate(node, s)).ToList();
            if (children.Any(c => c.Count != 0))
            {
                errors.Add(new SchemaError(SchemaErrorKind.NotAllOf, property, node, schema) { Children = children });
            }
        }

        if (schema.OneOf.Count > 0)
        {
            var children = schema.OneOf.Select(s => Validate(node, s)).ToList();
            if (children.Count(c => c.Count == 0) != 1)
            {
                errors.Add(new SchemaError(SchemaErrorKind.NotOneOf, property, node, schema) { Children = children });
            }
        }

        if (schema.Not is { } not && Validate(node, not).Count == 0)
        {
            errors.Add(new SchemaError(SchemaErrorKind.ExcludedSchemaValidates, property, node, schema));
        }
    }

    private static void ValidateType(DocNode node, Token token, CompiledSchema schema, string? property, List<SchemaError> errors)
    {
        if (token.Type == JsonTypes.Null && schema.IsNullable)
        {
            return;
        }

        var types = EachType.Where(t => schema.Types.HasFlag(t)).ToList();
        if (types.Count <= 1)
        {
            ValidateAs(node, token, schema, schema.Types, property, errors);
            return;
        }

        // With several types, one validating is enough.
        var failures = types.Select(type =>
        {
            var found = new List<SchemaError>();
            ValidateAs(node, token, schema, type, property, found);
            return found;
        }).ToList();
        if (failures.All(f => f.Count > 0))
        {
            errors.Add(new SchemaError(SchemaErrorKind.NoTypeValidates, property, node, schema));
        }
    }

    private static void ValidateAs(DocNode node, Token token, CompiledSchema schema, JsonTypes type, string? property, List<SchemaError> errors)
    {
        ValidateArray(node, schema, type, property, errors);
        ValidateString(node, token, schema, type, property, errors);
        ValidateNumber(node, token, schema, type, property, errors);
        Expect(JsonTypes.Integer, token.Type == JsonTypes.Integer, SchemaErrorKind.IntegerExpected);
        Expect(JsonTypes.Boolean, token.Type == JsonTypes.Boolean, SchemaErrorKind.BooleanExpected);
        Expect(JsonTypes.Null, token.Type == JsonTypes.Null, SchemaErrorKind.NullExpected);
        Expect(JsonTypes.Object, node.IsMapping, SchemaErrorKind.ObjectExpected);

        void Expect(JsonTypes wanted, bool isIt, SchemaErrorKind kind)
        {
            if (type.HasFlag(wanted) && !isIt)
            {
                errors.Add(new SchemaError(kind, property, node, schema));
            }
        }
    }

    private static void ValidateArray(DocNode node, CompiledSchema schema, JsonTypes type, string? property, List<SchemaError> errors)
    {
        if (!node.IsSequence)
        {
            if (type.HasFlag(JsonTypes.Array))
            {
                errors.Add(new SchemaError(SchemaErrorKind.ArrayExpected, property, node, schema));
            }

            return;
        }

        var items = node.Items;
        if (schema.MinItems > 0 && items.Count < schema.MinItems)
        {
            errors.Add(new SchemaError(SchemaErrorKind.TooFewItems, property, node, schema));
        }

        if (schema.MaxItems > 0 && items.Count > schema.MaxItems)
        {
            errors.Add(new SchemaError(SchemaErrorKind.TooManyItems, property, node, schema));
        }

        if (schema.Items is { } itemSchema)
        {
            for (var i = 0; i < items.Count; i++)
            {
                Child(items[i], itemSchema, SchemaErrorKind.ArrayItemNotValid, $"[{i}]", errors);
            }
        }
    }

    private static void ValidateString(DocNode node, Token token, CompiledSchema schema, JsonTypes type, string? property, List<SchemaError> errors)
    {
        if (token.Type != JsonTypes.String)
        {
            if (type.HasFlag(JsonTypes.String))
            {
                errors.Add(new SchemaError(SchemaErrorKind.StringExpected, property, node, schema));
            }

            return;
        }

        var value = node.Value;
        if (schema.PatternRegex is { } pattern && !pattern.IsMatch(value))
        {
            errors.Add(new SchemaError(SchemaErrorKind.PatternMismatch, property, node, schema));
        }

        if (value.Length < schema.MinLength)
        {
            errors.Add(new SchemaError(SchemaErrorKind.StringTooShort, property, node, schema));
        }

        if (value.Length > schema.MaxLength)
        {
            errors.Add(new SchemaError(SchemaErrorKind.StringTooLong, property, node, schema));
        }
    }

    private static void ValidateNumber(DocNode node, Token token, CompiledSchema schema, JsonTypes type, string? property, List<SchemaError> errors)
    {
        var isNumber = token.Type is JsonTypes.Integer or JsonTypes.Number;
        if (type.HasFlag(JsonTypes.Number) && !isNumber)
        {
            errors.Add(new SchemaError(SchemaErrorKind.NumberExpected, property, node, schema));
        }

        if (!isNumber)
        {
            return;
        }

        var value = token.Number;
        if (value < (double?)schema.Minimum || value <= (double?)schema.ExclusiveMinimum)
        {
            errors.Add(new SchemaError(SchemaErrorKind.NumberTooSmall, property, node, schema));
        }

        if (value > (double?)schema.Maximum || value >= (double?)schema.ExclusiveMaximum)
        {
            errors.Add(new SchemaError(SchemaErrorKind.NumberTooBig, property, node, schema));
        }
    }

    private static void ValidateEnum(DocNode node, Token token, CompiledSchema schema, string? property, List<SchemaError> errors)
    {
        if (schema.IsNullable && token.Type == JsonTypes.Null || schema.Enumeration is not { Count: > 0 } values)
        {
            return;
        }

        var text = Token.Text(node);
        // A null in the enum never equals a value's text (NJsonSchema compares ToString() results); null is let through above.
        if (values.All(v => v != text))
        {
            errors.Add(new SchemaError(SchemaErrorKind.NotInEnumeration, property, node, schema));
        }
    }

    private static void ValidateProperties(DocNode node, Token token, CompiledSchema schema, string? property, List<SchemaError> errors)
    {
        var mapping = node.IsMapping ? node : null;
        if (mapping is null && schema.Types.HasFlag(JsonTypes.Null))
        {
            return;
        }

        // As in NJsonSchema, required keys are reported even when the value is not a mapping at all.
        foreach (var (name, propertySchema) in schema.Properties)
        {
            if (mapping?.Get(name) is { } value)
            {
                var actual = propertySchema.Actual;
                if (Token.Of(value).Type == JsonTypes.Null && propertySchema.IsNullable)
                {
                    continue;
                }

                Validate(value, actual, name, errors);
            }
            else if (schema.Required.Contains(name))
            {
                errors.Add(new SchemaError(SchemaErrorKind.PropertyRequired, name, node, schema));
            }
        }

        foreach (var name in schema.Required)
        {
            if (!schema.HasProperty(name) && mapping?.Get(name) is null)
            {
                errors.Add(new SchemaError(SchemaErrorKind.PropertyRequired, name, node, schema));
            }
        }

        if (mapping is null)
        {
            return;
        }

        var entries = mapping.Entries;
        if (schema.MaxProperties > 0 && entries.Count > schema.MaxProperties)
        {
            errors.Add(new SchemaError(SchemaErrorKind.TooManyProperties, property, node, schema));
        }

        if (schema.MinProperties > 0 && entries.Count < schema.MinProperties)
        {
            errors.Add(new SchemaError(SchemaErrorKind.TooFewProperties, property, node, schema));
        }

        foreach (var entry in entries)
        {
            if (schema.HasProperty(entry.Key.Value))
            {
                continue;
            }

            if (schema.AdditionalProperties is { } additional)
            {
                Child(entry.Value, additional, SchemaErrorKind.AdditionalPropertiesNotValid, entry.Key.Value, errors);
            }
            else if (!schema.AllowAdditionalProperties)
            {
                errors.Add(new SchemaError(SchemaErrorKind.NoAdditionalPropertiesAllowed, entry.Key.Value, entry.Key, schema));
            }
        }
    }

    private static void Child(DocNode node, CompiledSchema schema, SchemaErrorKind kind, string property, List<SchemaError> errors)
    {
        var found = Validate(node, schema);
        if (found.Count > 0)
        {
            errors.Add(new SchemaError(kind, property, node, schema) { Children = [found] });
        }
    }

    /// <summary>A node seen as a JSON value: YAML scalars resolve as the loader's core schema says.</summary>
    private readonly record struct Token(JsonTypes Type, double Number, long Integer = 0)
    {
        public static Token Of(DocNode node)
        {
            if (!node.IsScalar)
            {
                return new Token(node.IsMapping ? JsonTypes.Object : JsonTypes.Array, 0);
            }

            return node.ScalarKind switch
            {
                ScalarKind.Null => new Token(JsonTypes.Null, 0),
                ScalarKind.Bool => new Token(JsonTypes.Boolean, 0),
                ScalarKind.Int when TryInteger(node.Value, out var integer) => new Token(JsonTypes.Integer, integer, integer),
                ScalarKind.Int or ScalarKind.Float when double.TryParse(node.Value.Replace(".inf", "Infinity", StringComparison.OrdinalIgnoreCase), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) => new Token(JsonTypes.Number, number),
                _ => new Token(JsonTypes.String, 0),
            };
        }

        /// <summary>The text an enum check compares: the string, or the value as JSON would print it.</summary>
        public static string Text(DocNode node)
        {
            var token = Of(node);
            return token.Type switch
            {
                JsonTypes.String => node.Value,
                JsonTypes.Null => "",
                JsonTypes.Boolean => node.Value is "true" or "True" or "TRUE" ? "True" : "False",
                JsonTypes.Integer => token.Integer.ToString(CultureInfo.InvariantCulture),
                JsonTypes.Number => token.Number.ToString(CultureInfo.InvariantCulture),
                _ => node.Pointer + "#" + node.Kind,
            };
        }

        private static bool TryInteger(string text, out long value)
        {
            if (text.StartsWith("0x", StringComparison.Ordinal))
            {
                return long.TryParse(text.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out value);
            }

            if (text.StartsWith("0o", StringComparison.Ordinal))
            {
                value = 0;
                foreach (var digit in text.AsSpan(2))
                {
                    value = (value * 8) + (digit - '0');
                }

                return true;
            }

            return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
        }
    }
}
