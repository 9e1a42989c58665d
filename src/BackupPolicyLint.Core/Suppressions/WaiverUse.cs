namespace BackupPolicyLint.Suppressions;

/// <summary>What became of one waiver in a run.</summary>
internal enum WaiverState
{
    /// <summary>In force, and it suppressed at least one finding.</summary>
    Used,

    /// <summary>In force, its target was checked, and it suppressed nothing (BPL007).</summary>
    Unused,

    /// <summary>Past its expiry: it suppressed nothing (BPL005).</summary>
    Expired,

    /// <summary>The plan or files it names were not part of this run, so whether it is needed is not known.</summary>
    TargetNotChecked,
}

/// <summary>One waiver and how many findings it suppressed: the per-waiver count an auditor asks for.</summary>
internal sealed record WaiverUse(Waiver Waiver, int Suppressed, WaiverState State);

internal static class WaiverStateNames
{
    public static string ToName(this WaiverState state) => state switch
    {
        WaiverState.Used => "used",
        WaiverState.Unused => "unused",
        WaiverState.Expired => "expired",
        _ => "target not checked",
    };
}
