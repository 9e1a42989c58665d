using System.Globalization;
using BackupPolicyLint.Documents;
using BackupPolicyLint.Loading.Schema;
using BackupPolicyLint.Loading.Yaml;
using BackupPolicyLint.Tests.Support;
using CsCheck;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;
using Xunit;

namespace BackupPolicyLint.Tests.Loading;

/// <summary>
/// bpl validates plans with its own compiled schema (no JSON tokens, no reflection at start-up). NJsonSchema is the
/// reference: on the examples and on thousands of mutations of them, both must report the same errors, in the same
/// order, about the same nodes.
/// </summary>
public sealed class SchemaOracleTests
{
    private static readonly string[] PlanSources = ExampleTexts("prod-cluster", "flawed-prod", "staging", "dev-community");

    /// <summary>Values of every JSON type and shape, to put where the schema expects something else.</summary>
    private static readonly string[] Values =
    [
        "5", "-1", "0", "2.5", "1e999", ".inf", "0x1F", "0o17", "true", "false", "yes", "~", "null", "\"\"", "''", "x", "\"5\"",
        "[]", "[a, b]", "[1, 2]", "{}", "{a: 1}", "7d", "P90D", "90", "2025.10", "\"2025.10\"", "production", "enterprise", "cluster",
        "backup", "full", "s3", "system", "0 2 * * *", "not a cron", "2026-13-45", "10.0.0.0/8", "0.0.0.0/0", "8.0.0.0/4",
    ];

    [Theory]
    [InlineData("backup-plan")]
    [InlineData(PolicySchemas.Config)]
    [InlineData(PolicySchemas.PolicyPack)]
    [InlineData(PolicySchemas.Rule)]
    [InlineData(PolicySchemas.Waivers)]
    public void EveryPublishedSchema_ShouldCompileWithOnlySupportedKeywords(string name)
    {
        var text = name == "backup-plan" ? PlanSchema.Text : PolicySchemas.Text(name);

        var compiled = CompiledSchema.Compile(text);

        Assert.NotEmpty(compiled.Actual.Properties);
    }

    [Fact]
    public void ASchemaWithAnUnsupportedKeyword_ShouldNotCompile()
    {
        var error = Assert.Throws<NotSupportedException>(() => CompiledSchema.Compile("""{ "type": "string", "format": "email" }"""));

        Assert.Contains("'format'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheExamplePlans_ShouldGetTheSameErrorsAsFromNJsonSchema()
    {
        foreach (var text in PlanSources)
        {
            AssertSameErrors(text, PlanSchema.Text);
        }
    }

    [Fact]
    public void MutatedPlans_ShouldGetTheSameErrorsAsFromNJsonSchema()
    {
        var mutation = Gen.OneOf(
            Gen.Select(Gen.Int[0, 400], Gen.Int[0, Values.Length - 1]).Select<(int, int), Func<string, string>>(p => text => ReplaceValue(text, p.Item1, Values[p.Item2])),
            Gen.Int[0, 400].Select<int, Func<string, string>>(n => text => EditLines(text, lines => lines.RemoveAt(n % lines.Count))),
            Gen.Int[0, 400].Select<int, Func<string, string>>(n => text => EditLines(text, lines => lines.Insert(n % lines.Count, lines[n % lines.Count]))),
            Gen.Select(Gen.Int[0, 400], Gen.String[Gen.Char['a', 'z'], 1, 8]).Select<(int, string), Func<string, string>>(p => text => RenameKey(text, p.Item1, p.Item2)));
        var mutated = Gen.Select(Gen.Int[0, PlanSources.Length - 1], mutation.Array[1, 5])
            .Select(p => p.Item2.Aggregate(PlanSources[p.Item1], (text, mutate) => mutate(text)));

        mutated.Sample(text => AssertSameErrors(text, PlanSchema.Text), iter: PropertyIterations.Count, threads: 1);
    }

    [Fact]
    public void ThePolicyExamples_ShouldGetTheSameErrorsAsFromNJsonSchema()
    {
        var schemas = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Config"] = PolicySchemas.Config,
            ["PolicyPack"] = PolicySchemas.PolicyPack,
            ["Rule"] = PolicySchemas.Rule,
            ["Waivers"] = PolicySchemas.Waivers,
        };
        var files = Directory.GetFiles(Repo.Path("examples/policies"), "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var compared = 0;
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            foreach (var document in LocatedYamlReader.Read("policy.yaml", text).Documents)
            {
                if (document.Kind is { } kind && schemas.TryGetValue(kind, out var schema))
                {
                    foreach (var value in new[] { text, ReplaceValue(text, 3, "5"), ReplaceValue(text, 7, "[]"), RenameKey(text, 5, "zz") })
                    {
                        AssertSameErrors(value, PolicySchemas.Text(schema));
                    }

                    compared++;
                }
            }
        }

        Assert.True(compared >= 3, $"only {compared} policy documents were compared");
    }

    private static void AssertSameErrors(string yaml, string schemaText)
    {
        var parsed = LocatedYamlReader.Read("plan.yaml", yaml);
        var ours = CompiledSchema.Compile(schemaText);
        var reference = Reference(schemaText);
        foreach (var document in parsed.Documents)
        {
            var expected = NJsonSchemaErrors(document.Root, reference);
            var actual = SchemaValidator.Flatten(SchemaCheck.Validate(document.Root, ours))
                .Select(e => $"{e.Kind} {e.Property} at {e.Node.Pointer} {e.Node.Span}")
                .ToList();
            Assert.True(expected.SequenceEqual(actual), $"for\n{yaml}\nNJsonSchema: {string.Join("; ", expected)}\nbpl: {string.Join("; ", actual)}");
        }
    }

    private static readonly Dictionary<string, JsonSchema> ReferenceSchemas = new(StringComparer.Ordinal);

    private static JsonSchema Reference(string schemaText)
    {
        lock (ReferenceSchemas)
        {
            if (!ReferenceSchemas.TryGetValue(schemaText, out var schema))
            {
                schema = JsonSchema.FromJsonAsync(schemaText).GetAwaiter().GetResult();
                ReferenceSchemas[schemaText] = schema;
            }

            return schema;
        }
    }

    private static List<string> NJsonSchemaErrors(DocNode root, JsonSchema schema)
    {
        var tokens = new OracleTokens();
        var errors = schema.Validate(tokens.Convert(root));
        return Flatten(errors).Select(e =>
        {
            var node = tokens.Origin(e.Token) ?? root;
            return $"{e.Kind} {e.Property} at {node.Pointer} {node.Span}";
        }).ToList();
    }

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

    private static string[] ExampleTexts(params string[] folders) =>
        folders.SelectMany(f => Directory.GetFiles(Repo.Path($"examples/{f}"), "*.yaml"))
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .Where(t => t.Contains("kind: BackupPlan", StringComparison.Ordinal))
            .ToArray();

    /// <summary>Replaces the value of the n-th "key: value" line (counting round).</summary>
    private static string ReplaceValue(string text, int n, string value) => EditLines(text, lines =>
    {
        var candidates = Enumerable.Range(0, lines.Count).Where(i => lines[i].Contains(": ", StringComparison.Ordinal) && !lines[i].TrimStart().StartsWith('#')).ToList();
        if (candidates.Count > 0)
        {
            var i = candidates[n % candidates.Count];
            lines[i] = lines[i][..(lines[i].IndexOf(": ", StringComparison.Ordinal) + 2)] + value;
        }
    });

    private static string RenameKey(string text, int n, string name) => EditLines(text, lines =>
    {
        var candidates = Enumerable.Range(0, lines.Count).Where(i => lines[i].TrimStart() is [>= 'a' and <= 'z', ..] && lines[i].Contains(':', StringComparison.Ordinal)).ToList();
        if (candidates.Count > 0)
        {
            var i = candidates[n % candidates.Count];
            var indent = lines[i].Length - lines[i].TrimStart().Length;
            lines[i] = lines[i][..indent] + name + lines[i][lines[i].IndexOf(':', StringComparison.Ordinal)..];
        }
    });

    private static string EditLines(string text, Action<List<string>> edit)
    {
        var lines = text.Split('\n').ToList();
        if (lines.Count > 0)
        {
            edit(lines);
        }

        return string.Join('\n', lines);
    }

    /// <summary>The located tree as JSON tokens for NJsonSchema, remembering which node each token came from.</summary>
    private sealed class OracleTokens
    {
        private readonly Dictionary<JToken, DocNode> _origin = new(ReferenceEqualityComparer.Instance);

        public JToken Convert(DocNode node)
        {
            JToken token;
            switch (node.Kind)
            {
                case DocNodeKind.Mapping:
                    var obj = new JObject();
                    foreach (var entry in node.Entries)
                    {
                        var property = new JProperty(entry.Key.Value, Convert(entry.Value));
                        obj.Add(property);
                        _origin[property] = entry.Key;
                    }

                    token = obj;
                    break;
                case DocNodeKind.Sequence:
                    token = new JArray(node.Items.Select(Convert));
                    break;
                default:
                    token = Scalar(node);
                    break;
            }

            _origin[token] = node;
            return token;
        }

        public DocNode? Origin(JToken? token) => token is not null && _origin.TryGetValue(token, out var node) ? node : null;

        private static JValue Scalar(DocNode node) => node.ScalarKind switch
        {
            ScalarKind.Null => JValue.CreateNull(),
            ScalarKind.Bool => new JValue(node.Value is "true" or "True" or "TRUE"),
            ScalarKind.Int when TryInteger(node.Value, out var integer) => new JValue(integer),
            ScalarKind.Int or ScalarKind.Float when double.TryParse(node.Value.Replace(".inf", "Infinity", StringComparison.OrdinalIgnoreCase), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) => new JValue(number),
            _ => new JValue(node.Value),
        };

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
