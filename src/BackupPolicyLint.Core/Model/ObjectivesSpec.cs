namespace BackupPolicyLint.Model;

/// <summary><c>spec.objectives</c>.</summary>
public sealed record ObjectivesSpec : ModelElement
{
    public TimeSpan? Rpo { get; init; }
    public TimeSpan? Rto { get; init; }
    public string? DowntimeTolerance { get; init; }
    public TimeWindow? OffPeakWindow { get; init; }
}
