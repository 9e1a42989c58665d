using System.Text;
using BackupPolicyLint.Analysis;
using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Documents;
using NJsonSchema;
using NJsonSchema.Validation;

namespace BackupPolicyLint.Loading.Schema;

/// <summary>Validates one plan document against the schema; each error becomes BPL002 on the YAML node it concerns.</summary>
public static class SchemaValidator
{
    public static IReadOnlyList<Finding> Validate(DocNode root) => Validate(root, PlanSchema.Instance);

    /// <summary>Against another of the published schemas (policy documents: see <see cref="PolicySchemas"/>).</summary>
    public static IReadOnlyList<Finding> Validate(DocNode root, JsonSchema schema)
    {
        var tokens = new JsonTokens();
        var json = tokens.Convert(root);
        var errors = schema.Validate(json);
        var findings = new List<Finding>();
        foreach (var error in Flatten(errors))
        {
            var node = tokens.Origin(error.Token) ?? root;
            findings.Add(DiagnosticIds.Create(DiagnosticIds.SchemaViolation, Describe(error, node), node.Span, logicalPath: node.Pointer));
        }

        return findings;
    }

    /// <summary>oneOf/anyOf failures nest their causes; report the causes, which name the real problem.</summary>
    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors)
    {
        foreach (var error in errors)
        {
            if (error is ChildSchemaValidationError child && child.Errors.Count > 0)
            {
                foreach (var nested in Flatten(child.Errors.Values.SelectMany(e => e).Take(1)))
                {
                    yield return nested;
                }
            }
            else
            {
                yield return error;
            }
        }
    }

    private static string Describe(ValidationError error, DocNode node)
    {
        var where = Display(node.Pointer);
        var actual = error.Schema?.ActualSchema;
        switch (error.Kind)
        {
            case ValidationErrorKind.NoAdditionalPropertiesAllowed:
                var parent = Display(ParentPointer(node.Pointer));
                var known = actual?.ActualProperties.Keys ?? [];
                var hint = Similarity.Closest(error.Property ?? node.Value, known);
                var place = parent.Length == 0 ? "at the top level" : $"in {parent}";
                return hint is null
                    ? $"unknown key '{error.Property}' {place}; allowed keys: {string.Join(", ", known)}"
                    : $"unknown key '{error.Property}' {place}; did you mean '{hint}'?";
            case ValidationErrorKind.PropertyRequired:
                return $"missing required key '{error.Property}'{(where.Length == 0 ? " at the top level" : $" in {where}")}";
            case ValidationErrorKind.NotInEnumeration:
                var allowed = actual?.Enumeration.Select(v => $"'{v}'") ?? [];
                return $"{where} is '{node.Value}', which is not one of {string.Join(", ", allowed)}";
            case ValidationErrorKind.PatternMismatch:
                return $"{where} is '{node.Value}', which is not {FormatName(actual)}";
            case ValidationErrorKind.StringExpected when node.ScalarKind is ScalarKind.Float or ScalarKind.Int && where.EndsWith("version", StringComparison.Ordinal):
                return $"{where} must be a string: YAML reads the unquoted {node.Value} as a number (2025.10 becomes 2025.1); quote it: \"{node.Value}\"";
            default:
                return $"{where}: {Humanize(error.Kind)}{Found(node)}";
        }
    }

    private static string FormatName(JsonSchema? schema)
    {
        var description = schema?.Description;
        if (schema?.Pattern is { } pattern && pattern.Contains("[mhdwy]", StringComparison.Ordinal))
        {
            return "a duration (30m, 1h, 7d, 2w, 1y, or ISO 8601 such as P90D)";
        }

        return description is { Length: > 0 } ? $"in the expected format ({FirstSentence(description)})" : $"in the expected format (pattern {schema?.Pattern})";
    }

    private static string FirstSentence(string text)
    {
        var dot = text.IndexOf(". ", StringComparison.Ordinal);
        return (dot > 0 ? text[..dot] : text).TrimEnd('.');
    }

    private static string Found(DocNode node) => node.Kind switch
    {
        DocNodeKind.Mapping => ", found a mapping",
        DocNodeKind.Sequence => ", found a list",
        _ when node.IsNull => ", found nothing (null)",
        _ => $", found {node.ScalarKind.ToString().ToLowerInvariant()} '{node.Value}'",
    };

    private static string Humanize(ValidationErrorKind kind)
    {
        var name = kind.ToString();
        var text = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append(' ');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }

    private static string ParentPointer(string pointer)
    {
        var slash = pointer.LastIndexOf('/');
        return slash <= 0 ? "" : pointer[..slash];
    }

    /// <summary>"/spec/jobs/0/command" → "spec.jobs[0].command".</summary>
    public static string Display(string pointer)
    {
        var text = new StringBuilder();
        foreach (var token in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (name.All(char.IsAsciiDigit))
            {
                text.Append('[').Append(name).Append(']');
            }
            else
            {
                if (text.Length > 0)
                {
                    text.Append('.');
                }

                text.Append(name);
            }
        }

        return text.ToString();
    }
}
