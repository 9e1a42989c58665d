using BackupPolicyLint.Diagnostics;

namespace BackupPolicyLint.Rules.Declarative;

/// <summary>
/// A <c>kind: Rule</c> YAML rule: it applies to the plans its <c>match</c> selects (environments, labels) and reports
/// each node that fails its <c>assert</c>, located on that node, or on its nearest parent when the node is missing.
/// </summary>
internal sealed class DeclarativeRule(RuleDescriptor descriptor, IReadOnlyList<string> environments, IReadOnlyDictionary<string, string> labels, Assertion assertion, string message) : PlanRule
{
    public override RuleDescriptor Descriptor => descriptor;

    public override Applicability Applies(PlanContext context)
    {
        var plan = context.Plan;
        if (environments.Count > 0 && !environments.Contains(plan.Environment, StringComparer.OrdinalIgnoreCase))
        {
            return Applicability.NotApplicable($"the rule matches environments {string.Join(", ", environments)}, and the plan is {plan.Environment}");
        }

        var missing = labels.FirstOrDefault(l => !plan.Labels.TryGetValue(l.Key, out var value) || value != l.Value);
        return missing.Key is null
            ? Applicability.Applicable
            : Applicability.NotApplicable($"the rule matches plans labelled {missing.Key}: {missing.Value}");
    }

    public override IEnumerable<Finding> Check(PlanContext context)
    {
        var failures = new AssertionEvaluator(context.Now).Evaluate(assertion, context.Plan.Node, "");
        foreach (var failure in failures)
        {
            var text = Fill(failure.Message ?? message, context.Plan.Name, failure);
            yield return context.Report(failure.Location, text, failure.Path);
        }
    }

    /// <summary>Placeholders: {plan}, {path}, {value}, {reason}; without {reason} the reason is added in parentheses.</summary>
    private static string Fill(string template, string plan, AssertionFailure failure)
    {
        var text = template
            .Replace("{plan}", plan, StringComparison.Ordinal)
            .Replace("{path}", failure.Path, StringComparison.Ordinal)
            .Replace("{value}", failure.Value ?? "(missing)", StringComparison.Ordinal);
        return template.Contains("{reason}", StringComparison.Ordinal)
            ? text.Replace("{reason}", failure.Reason, StringComparison.Ordinal)
            : $"{text} ({failure.Reason})";
    }
}
