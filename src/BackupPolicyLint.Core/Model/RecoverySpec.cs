namespace BackupPolicyLint.Model;

/// <summary><c>spec.recovery</c>.</summary>
public sealed record RecoverySpec : ModelElement
{
    /// <summary><c>restoreMethod</c>: <c>restore</c>, <c>load</c> or <c>seed-from-uri</c>; null when not given.</summary>
    public string? RestoreMethod { get; init; }
    /// <summary><c>testing</c>: how restores are tested; null when missing.</summary>
    public RecoveryTestingSpec? Testing { get; init; }
}

/// <summary><c>spec.recovery.testing</c>: the restore-test cadence.</summary>
public sealed record RecoveryTestingSpec : ModelElement
{
    /// <summary><c>cadence</c>: how often a restore is tested; null when not given.</summary>
    public TimeSpan? Cadence { get; init; }
    /// <summary><c>lastTested</c>: the date of the last restore test; null when not given.</summary>
    public DateTimeOffset? LastTested { get; init; }
    /// <summary><c>runbook</c>: the restore runbook, relative to the plan file; null when not given.</summary>
    public string? Runbook { get; init; }

    /// <summary>Set by the loader (rules never touch the file system): does the runbook exist, relative to the plan file?</summary>
    public bool? RunbookExists { get; init; }

    /// <summary><c>environment</c>: where restores are tested; null when not given.</summary>
    public string? Environment { get; init; }
    /// <summary><c>consistencyCheck</c>: whether restored backups are checked; null when not given.</summary>
    public bool? ConsistencyCheck { get; init; }
}
