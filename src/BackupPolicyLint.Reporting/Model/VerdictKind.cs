namespace BackupPolicyLint.Reporting.Model;

/// <summary>What the --fail-on threshold makes of a run or a plan.</summary>
internal enum VerdictKind
{
    /// <summary>No finding at or above the threshold.</summary>
    Pass,

    /// <summary>At least one unsuppressed finding at or above the threshold.</summary>
    Fail,

    /// <summary>Passes only because every finding at or above the threshold is suppressed (waiver, inline, baseline).</summary>
    PassWithWaivers,
}
