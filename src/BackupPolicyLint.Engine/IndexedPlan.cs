using BackupPolicyLint.Model;

namespace BackupPolicyLint.Engine;

/// <summary>
/// A plan with its place among the run's plans (file order, then document order), which orders outcomes and plan lists
/// whichever batch judged it. A class, not a tuple: ReadyToRun cannot precompile the framework's collections over a
/// tuple of ours, so each would be compiled at start.
/// </summary>
internal sealed record IndexedPlan(int Index, BackupPlan Plan);
