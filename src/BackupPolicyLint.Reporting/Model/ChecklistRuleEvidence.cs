using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Evaluation;

namespace BackupPolicyLint.Reporting.Model;

/// <summary>
/// What one rule behind a readiness item did on a plan: its outcome (null: it did not run, the plan's pack turns it off),
/// why it could not judge, and its findings (suppressed ones carry their waiver).
/// </summary>
internal sealed record ChecklistRuleEvidence(string RuleId, OutcomeKind? Outcome, string Reason, IReadOnlyList<Finding> Findings)
{
    /// <summary>"BPL101 pass", "BPL102 fail (2 findings)", "BPL902 not evaluated: no backup location…", "BPL303 off in the pack".</summary>
    public string Describe()
    {
        if (Outcome is not { } kind)
        {
            return $"{RuleId} not run (off in the plan's pack)";
        }

        var text = $"{RuleId} {kind.ToName().Replace('-', ' ')}";
        if (Findings.Count > 0)
        {
            text += Findings.Count == 1 ? " (1 finding)" : $" ({Findings.Count} findings)";
        }

        return kind is OutcomeKind.NotEvaluated or OutcomeKind.NotApplicable && Reason.Length > 0 ? $"{text}: {Reason}" : text;
    }
}
