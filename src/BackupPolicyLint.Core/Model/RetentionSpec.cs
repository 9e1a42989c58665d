namespace BackupPolicyLint.Model;

/// <summary><c>spec.retention</c>.</summary>
public sealed record RetentionSpec : ModelElement
{
    public int? KeepLast { get; init; }
    public TimeSpan? MaxAge { get; init; }
    public ArchiveSpec? Archive { get; init; }
}

/// <summary><c>spec.retention.archive</c>: long-term copies.</summary>
public sealed record ArchiveSpec : ModelElement
{
    public TimeSpan? KeepFor { get; init; }
    public NamedRef? Storage { get; init; }
}
