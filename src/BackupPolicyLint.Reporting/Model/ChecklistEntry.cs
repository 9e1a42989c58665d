using BackupPolicyLint.Rules.Readiness;

namespace BackupPolicyLint.Reporting.Model;

/// <summary>One readiness item on one plan: its verdict and the evidence of each rule behind it.</summary>
internal sealed record ChecklistEntry(ReadinessItem Item, ChecklistVerdict Verdict, IReadOnlyList<ChecklistRuleEvidence> Rules)
{
    /// <summary>One line of evidence: each rule's outcome, or that bpl does not check the item.</summary>
    public string Evidence => Rules.Count == 0 ? "not checked by bpl: no rule judges this item yet" : string.Join("; ", Rules.Select(r => r.Describe()));
}
