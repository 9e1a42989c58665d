using BackupPolicyLint.Evaluation;
using BackupPolicyLint.Reporting.Model;

namespace BackupPolicyLint.Engine.Spill;

/// <summary>What the reports keep of one judged plan: its place among the run's plans, its summary and every rule evaluation.</summary>
internal sealed record PlanRecord(int Index, PlanSummary Summary, IReadOnlyList<RuleEvaluation> Evaluations)
{
    /// <summary>Plan order: the order the files were found in, then document order.</summary>
    public static readonly IComparer<PlanRecord> Order = Comparer<PlanRecord>.Create((a, b) => a.Index.CompareTo(b.Index));
}
