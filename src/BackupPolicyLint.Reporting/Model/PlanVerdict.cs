namespace BackupPolicyLint.Reporting.Model;

/// <summary>One plan's verdict, with its findings at or above the threshold: unsuppressed (failing) and suppressed (waived).</summary>
internal sealed record PlanVerdict(PlanSummary Plan, VerdictKind Kind, int Failing, int Waived);
