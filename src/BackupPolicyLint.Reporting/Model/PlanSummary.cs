namespace BackupPolicyLint.Reporting.Model;

/// <summary>A plan as an audit report shows it: where it is, the pack that judged it, and what it covers.</summary>
internal sealed record PlanSummary
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string File { get; init; }
    public required int Line { get; init; }
    public required string Environment { get; init; }
    public required string Pack { get; init; }
    public string? Edition { get; init; }
    public string? Topology { get; init; }
    public IReadOnlyList<DatabaseEvidence> Databases { get; init; } = [];
}
