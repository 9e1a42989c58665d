namespace BackupPolicyLint.Reporting.Model;

/// <summary>The readiness checklist of one plan: one entry per catalogue item, in catalogue order.</summary>
internal sealed record PlanChecklist(PlanSummary Plan, IReadOnlyList<ChecklistEntry> Entries);
