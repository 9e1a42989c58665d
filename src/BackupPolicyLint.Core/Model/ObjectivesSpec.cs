namespace BackupPolicyLint.Model;

/// <summary><c>spec.objectives</c>.</summary>
public sealed record ObjectivesSpec : ModelElement
{
    /// <summary><c>rpo</c>: the tolerated data loss; null when not given.</summary>
    public TimeSpan? Rpo { get; init; }
    /// <summary><c>rto</c>: the tolerated downtime on failure; null when not given.</summary>
    public TimeSpan? Rto { get; init; }
    /// <summary><c>downtimeTolerance</c>: downtime tolerated during a backup (<c>none</c>, <c>minutes</c>, <c>hours</c>); null when not given.</summary>
    public string? DowntimeTolerance { get; init; }
    /// <summary><c>offPeakWindow</c>: the daily UTC window backups should run in; null when not given.</summary>
    public TimeWindow? OffPeakWindow { get; init; }
}
