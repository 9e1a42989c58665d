namespace BackupPolicyLint.Model;

/// <summary><c>spec.recovery</c>.</summary>
public sealed record RecoverySpec : ModelElement
{
    public string? RestoreMethod { get; init; }
    public RecoveryTestingSpec? Testing { get; init; }
}

/// <summary><c>spec.recovery.testing</c>: the restore-test cadence.</summary>
public sealed record RecoveryTestingSpec : ModelElement
{
    public TimeSpan? Cadence { get; init; }
    public DateTimeOffset? LastTested { get; init; }
    public string? Runbook { get; init; }

    /// <summary>Set by the loader (rules never touch the file system): does the runbook exist, relative to the plan file?</summary>
    public bool? RunbookExists { get; init; }

    public string? Environment { get; init; }
    public bool? ConsistencyCheck { get; init; }
}
