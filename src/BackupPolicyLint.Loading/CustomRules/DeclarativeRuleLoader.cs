using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Documents;
using BackupPolicyLint.Loading.Policies;
using BackupPolicyLint.Loading.Schema;
using BackupPolicyLint.Rules;
using BackupPolicyLint.Rules.Declarative;

namespace BackupPolicyLint.Loading.CustomRules;

/// <summary>Reads <c>kind: Rule</c> files into <see cref="DeclarativeRule"/>s; a bad file ends the run (exit 2) with its location.</summary>
internal static class DeclarativeRuleLoader
{
    public static DeclarativeRule Load(string fullPath, string displayPath) =>
        FromDocument(PolicyDocument.Read(fullPath, displayPath, "Rule", PolicySchemas.Rule));

    public static DeclarativeRule Parse(string text, string displayPath) =>
        FromDocument(PolicyDocument.Parse(text, displayPath, displayPath, "Rule", PolicySchemas.Rule));

    private static DeclarativeRule FromDocument(PolicyDocument document)
    {
        var spec = document.Root.Get("spec")!;
        var severity = SeverityNames.Parse(spec.Get("severity")!.Value)!.Value;
        var descriptor = new RuleDescriptor
        {
            Id = spec.Get("id")!.Value,
            Name = spec.Get("name")!.Value,
            Title = spec.Get("title")?.Text ?? spec.Get("message")!.Value,
            Category = RuleCategory.Custom,
            Inputs = RuleInputs.Plan,
            Severities = new DefaultSeverities(severity, severity, severity),
            // The schema allows only the requirements' names, so each parses.
            Requires = spec.Get("requires")?.Items.Aggregate(RuleRequirements.None, (all, item) => all | RuleRequirementNames.Parse(item.Value)!.Value) ?? RuleRequirements.None,
            Since = "",
            HelpUri = document.DisplayPath,
        };
        var match = spec.Get("match");
        var labels = match?.Get("labels")?.Entries.ToDictionary(e => e.Key.Value, e => e.Value.Value, StringComparer.Ordinal)
            ?? new Dictionary<string, string>(StringComparer.Ordinal);
        var environments = match?.Get("environments")?.Items.Select(i => i.Value).ToList() ?? [];
        return new DeclarativeRule(descriptor, environments, labels, Assertion(spec.Get("assert")!), spec.Get("message")!.Value);
    }

    /// <summary>What an assertion tests; one without any of them would pass every plan, so it is refused.</summary>
    private static readonly string[] Operators = ["exists", "equals", "in", "gte", "lte", "matches", "all", "any", "not"];

    private static Assertion Assertion(DocNode node)
    {
        if (!Operators.Any(o => node.Get(o) is not null))
        {
            throw new PolicyDocumentException($"{node.Span}: this assertion tests nothing, so it would pass every plan; give it one of {string.Join(", ", Operators)}");
        }

        foreach (var list in new[] { "all", "any" })
        {
            if (node.Get(list) is { } items && !items.Items.Any())
            {
                throw new PolicyDocumentException($"{items.Span}: {list} needs at least one assertion (an empty {list} would {(list == "all" ? "pass" : "fail")} every plan)");
            }
        }

        return Parsed(node);
    }

    private static Assertion Parsed(DocNode node) => new()
    {
        Path = node.Get("path")?.Text,
        Exists = node.Get("exists")?.Value switch { "true" => true, "false" => false, _ => null },
        EqualsValue = node.Get("equals")?.Text ?? Invalid(node.Get("equals")),
        In = node.Get("in")?.Items.Select(i => i.Value).ToList(),
        Gte = node.Get("gte")?.Text,
        Lte = node.Get("lte")?.Text,
        Matches = node.Get("matches")?.Text is { } pattern ? Checked(pattern, node.Get("matches")!) : null,
        All = node.Get("all")?.Items.Select(Assertion).ToList(),
        Any = node.Get("any")?.Items.Select(Assertion).ToList(),
        Not = node.Get("not") is { } negated ? Assertion(negated) : null,
        Message = node.Get("message")?.Text,
    };

    private static string? Invalid(DocNode? node) => node is null || node.IsScalar
        ? null
        : throw new PolicyDocumentException($"{node.Span}: equals compares with one value (a string, number or boolean)");

    private static string Checked(string pattern, DocNode node)
    {
        try
        {
            _ = new System.Text.RegularExpressions.Regex(pattern, System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
            return pattern;
        }
        catch (ArgumentException ex)
        {
            throw new PolicyDocumentException($"{node.Span}: matches is not a valid regular expression: {ex.Message}");
        }
    }
}
