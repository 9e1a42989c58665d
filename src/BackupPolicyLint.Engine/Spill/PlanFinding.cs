using BackupPolicyLint.Diagnostics;

namespace BackupPolicyLint.Engine.Spill;

/// <summary>A reported finding tied to the plan whose evaluation produced it, with its place in the report.</summary>
internal sealed record PlanFinding(int PlanIndex, int Sequence, Finding Finding)
{
    /// <summary>Plan order, then report order.</summary>
    public static readonly IComparer<PlanFinding> Order = Comparer<PlanFinding>.Create((a, b) =>
    {
        var c = a.PlanIndex.CompareTo(b.PlanIndex);
        return c != 0 ? c : a.Sequence.CompareTo(b.Sequence);
    });
}
