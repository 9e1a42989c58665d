using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Evaluation;
using BackupPolicyLint.Rules.Readiness;

namespace BackupPolicyLint.Reporting.Model;

/// <summary>
/// Derives the readiness checklist (<see cref="ReadinessCatalog"/>) of each plan from the report's rule outcomes and
/// findings: nothing is judged again. Fail over waived over pass over not evaluated over not applicable: an item passes
/// when a rule behind it judged the plan and none failed, and its evidence still lists the rules that could not judge.
/// </summary>
internal static class ReadinessChecklist
{
    public static IReadOnlyList<PlanChecklist> Of(CheckReport report) => Each(report).ToList();

    /// <summary>The checklist plan by plan, each made when it is read: a streaming writer holds one plan's at a time.</summary>
    public static IEnumerable<PlanChecklist> Each(CheckReport report)
    {
        foreach (var plan in report.PlanReports)
        {
            // A plan's first outcome of each rule, and its findings by rule.
            var outcomes = plan.Outcomes.GroupBy(o => o.Rule.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            var findings = plan.Findings.ToLookup(f => f.RuleId, StringComparer.Ordinal);
            yield return new PlanChecklist(plan.Plan, ReadinessCatalog.Items.Select(item => Entry(item, outcomes, findings)).ToList());
        }
    }

    private static ChecklistEntry Entry(ReadinessItem item, IReadOnlyDictionary<string, RuleOutcome> outcomes, ILookup<string, Finding> findings)
    {
        var rules = item.RuleIds
            .Select(id => outcomes.TryGetValue(id, out var outcome)
                ? new ChecklistRuleEvidence(id, outcome.Kind, outcome.Reason, findings[id].ToList())
                : new ChecklistRuleEvidence(id, null, "", []))
            .ToList();
        return new ChecklistEntry(item, VerdictOf(item, rules), rules);
    }

    private static ChecklistVerdict VerdictOf(ReadinessItem item, IReadOnlyList<ChecklistRuleEvidence> rules)
    {
        if (!item.Checked)
        {
            return ChecklistVerdict.NotChecked;
        }

        bool Any(OutcomeKind kind) => rules.Any(r => r.Outcome == kind);
        return Any(OutcomeKind.Fail) ? ChecklistVerdict.Fail
            : Any(OutcomeKind.Waived) ? ChecklistVerdict.Waived
            : Any(OutcomeKind.Pass) ? ChecklistVerdict.Pass
            : rules.All(r => r.Outcome == OutcomeKind.NotApplicable) ? ChecklistVerdict.NotApplicable
            : ChecklistVerdict.NotEvaluated;
    }
}
