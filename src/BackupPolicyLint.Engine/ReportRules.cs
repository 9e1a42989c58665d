using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Evaluation;
using BackupPolicyLint.Reporting.Model;
using BackupPolicyLint.Rules;
using BackupPolicyLint.Rules.BuiltIn;

namespace BackupPolicyLint.Engine;

/// <summary>The rules a report describes: every rule that ran, and every diagnostic reported, by id, texts from their docs.</summary>
internal static class ReportRules
{
    public static IReadOnlyList<ReportRule> Of(IReadOnlyList<RuleEvaluation> evaluations, IReadOnlyList<Finding> findings)
    {
        var evaluated = evaluations
            .GroupBy(e => e.Rule.Id)
            .Select(g => FromRule(g.First().Rule, g.Min(e => e.Severity)))
            .ToList();
        // A finding about the run (an inventory no plan uses) has a rule even when no plan was judged by it.
        var aboutTheRun = findings
            .Where(f => f.PlanId is null && !DiagnosticIds.IsDiagnostic(f.RuleId) && evaluated.All(r => r.Id != f.RuleId))
            .GroupBy(f => f.RuleId)
            .Select(g => RuleCatalog.Find(g.Key) is { } rule ? FromRule(rule.Descriptor, g.Min(f => f.Severity)) : null)
            .OfType<ReportRule>();
        var rules = evaluated.Concat(aboutTheRun);
        var diagnostics = findings
            .Select(f => f.RuleId)
            .Where(DiagnosticIds.IsDiagnostic)
            .Distinct()
            // Diagnostics are descriptors like the rules: one mapping serves both.
            .Select(id => FromRule(DiagnosticDescriptors.Find(id)!, DiagnosticIds.SeverityOf(id)));
        return rules.Concat(diagnostics).OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
    }

    private static ReportRule FromRule(RuleDescriptor rule, Severity level) => new()
    {
        Id = rule.Id,
        Name = rule.Name,
        Title = rule.Title,
        Description = Or(RuleDocs.Description(rule.Id), rule.Title),
        Help = Or(RuleDocs.Help(rule.Id), $"See {rule.HelpUri}"),
        HelpUri = rule.HelpUri,
        Category = rule.Category.ToTitle(),
        DefaultLevel = level,
        Controls = rule.Controls,
        SecuritySeverity = rule.SecuritySeverity,
        Precision = rule.Precision,
    };

    private static string Or(string text, string fallback) => text.Length > 0 ? text : fallback;
}
