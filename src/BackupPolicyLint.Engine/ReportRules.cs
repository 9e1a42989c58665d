using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Evaluation;
using BackupPolicyLint.Reporting.Model;
using BackupPolicyLint.Rules;
using BackupPolicyLint.Rules.BuiltIn;

namespace BackupPolicyLint.Engine;

/// <summary>
/// The rules a report describes: every rule that ran, and every diagnostic reported, by id, texts from their docs;
/// gathered as evaluations and findings go by.
/// </summary>
internal sealed class ReportRules
{
    private readonly Dictionary<string, (RuleDescriptor Rule, Severity Level)> _evaluated = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Severity> _aboutTheRun = new(StringComparer.Ordinal);
    private readonly HashSet<string> _diagnostics = new(StringComparer.Ordinal);

    /// <summary>A rule that ran: the report describes it at the most severe level it ran with.</summary>
    public void Add(RuleEvaluation evaluation)
    {
        var id = evaluation.Rule.Id;
        _evaluated[id] = _evaluated.TryGetValue(id, out var seen)
            ? (seen.Rule, (Severity)Math.Min((int)seen.Level, (int)evaluation.Severity))
            : (evaluation.Rule, evaluation.Severity);
    }

    /// <summary>A reported finding: a diagnostic, or a rule's finding about the run (an inventory no plan uses) whose rule may have judged no plan.</summary>
    public void Add(Finding finding)
    {
        if (DiagnosticIds.IsDiagnostic(finding.RuleId))
        {
            _diagnostics.Add(finding.RuleId);
        }
        else if (finding.PlanId is null)
        {
            _aboutTheRun[finding.RuleId] = _aboutTheRun.TryGetValue(finding.RuleId, out var level)
                ? (Severity)Math.Min((int)level, (int)finding.Severity)
                : finding.Severity;
        }
    }

    public IReadOnlyList<ReportRule> Build()
    {
        var evaluated = _evaluated.Values.Select(e => FromRule(e.Rule, e.Level));
        var aboutTheRun = _aboutTheRun
            .Where(r => !_evaluated.ContainsKey(r.Key))
            .Select(r => RuleCatalog.Find(r.Key) is { } rule ? FromRule(rule.Descriptor, r.Value) : null)
            .OfType<ReportRule>();
        // Diagnostics are descriptors like the rules: one mapping serves both.
        var diagnostics = _diagnostics.Select(id => FromRule(DiagnosticDescriptors.Find(id)!, DiagnosticIds.SeverityOf(id)));
        return evaluated.Concat(aboutTheRun).Concat(diagnostics).OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
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
