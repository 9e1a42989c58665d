using System.Text;
using BackupPolicyLint.Analysis;
using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Documents;

namespace BackupPolicyLint.Loading.Schema;

/// <summary>Validates one plan document against the schema; each error becomes BPL002 on the YAML node it concerns.</summary>
internal static class SchemaValidator
{
    public static IReadOnlyList<Finding> Validate(DocNode root) => Validate(root, PlanSchema.Instance);

    /// <summary>Against another of the published schemas (policy documents: see <see cref="PolicySchemas"/>).</summary>
    internal static IReadOnlyList<Finding> Validate(DocNode root, CompiledSchema schema)
    {
        var findings = new List<Finding>();
        foreach (var error in Flatten(SchemaCheck.Validate(root, schema)))
        {
            findings.Add(DiagnosticIds.Create(DiagnosticIds.SchemaViolation, Describe(error, error.Node), error.Node.Span, logicalPath: error.Node.Pointer));
        }

        return findings;
    }

    /// <summary>oneOf/allOf/item failures nest their causes; report the first cause, which names the real problem.</summary>
    internal static IEnumerable<SchemaError> Flatten(IEnumerable<SchemaError> errors)
    {
        foreach (var error in errors)
        {
            if (error.Children.Count > 0)
            {
                foreach (var nested in Flatten(error.Children.SelectMany(e => e).Take(1)))
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

    private static string Describe(SchemaError error, DocNode node)
    {
        var where = Display(node.Pointer);
        var actual = error.Schema.Actual;
        switch (error.Kind)
        {
            case SchemaErrorKind.NoAdditionalPropertiesAllowed:
                var parent = Display(ParentPointer(node.Pointer));
                var known = actual.Properties.Select(p => p.Key).ToList();
                var hint = Similarity.Closest(error.Property ?? node.Value, known);
                var place = parent.Length == 0 ? "at the top level" : $"in {parent}";
                return hint is null
                    ? $"unknown key '{error.Property}' {place}; allowed keys: {string.Join(", ", known)}"
                    : $"unknown key '{error.Property}' {place}; did you mean '{hint}'?";
            case SchemaErrorKind.PropertyRequired:
                return $"missing required key '{error.Property}'{(where.Length == 0 ? " at the top level" : $" in {where}")}";
            case SchemaErrorKind.NotInEnumeration:
                var allowed = actual.Enumeration?.Select(v => $"'{v}'") ?? [];
                return $"{where} is '{node.Value}', which is not one of {string.Join(", ", allowed)}";
            case SchemaErrorKind.PatternMismatch:
                return $"{where} is '{node.Value}', which is not {FormatName(actual)}";
            case SchemaErrorKind.StringExpected when node.ScalarKind is ScalarKind.Float or ScalarKind.Int && where.EndsWith("version", StringComparison.Ordinal):
                return $"{where} must be a string: YAML reads the unquoted {node.Value} as a number (2025.10 becomes 2025.1); quote it: \"{node.Value}\"";
            default:
                return $"{where}: {Humanize(error.Kind)}{Found(node)}";
        }
    }

    private static string FormatName(CompiledSchema schema)
    {
        var description = schema.Description;
        if (schema.Pattern is { } pattern && pattern.Contains("[mhdwy]", StringComparison.Ordinal))
        {
            return "a duration (30m, 1h, 7d, 2w, 1y, or ISO 8601 such as P90D)";
        }

        return description is { Length: > 0 } ? $"in the expected format ({FirstSentence(description)})" : $"in the expected format (pattern {schema.Pattern})";
    }

    /// <summary>
    /// The description up to its first full stop: a ". " that ends a sentence, not one inside "e.g. " or "i.e. ", so the
    /// expected form is quoted whole (it used to end in a cut-off "e.g").
    /// </summary>
    internal static string FirstSentence(string text)
    {
        var from = 0;
        while (text.IndexOf(". ", from, StringComparison.Ordinal) is var dot and > 0)
        {
            if (!EndsWithAbbreviation(text, dot))
            {
                return text[..dot];
            }

            from = dot + 2;
        }

        return text.TrimEnd('.');
    }

    private static bool EndsWithAbbreviation(string text, int dot) =>
        Abbreviations.Any(a => dot >= a.Length && string.CompareOrdinal(text, dot - a.Length, a, 0, a.Length) == 0
            && (dot == a.Length || !char.IsLetter(text[dot - a.Length - 1])));

    private static readonly string[] Abbreviations = ["e.g", "i.e", "etc", "vs", "cf"];

    private static string Found(DocNode node) => node.Kind switch
    {
        DocNodeKind.Mapping => ", found a mapping",
        DocNodeKind.Sequence => ", found a list",
        _ when node.IsNull => ", found nothing (null)",
        _ => $", found {node.ScalarKind.ToString().ToLowerInvariant()} '{node.Value}'",
    };

    private static string Humanize(SchemaErrorKind kind)
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
            var name = DocNode.UnescapePointerToken(token);
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
