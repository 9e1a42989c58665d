namespace BackupPolicyLint.Model;

/// <summary><c>spec.retention</c>.</summary>
public sealed record RetentionSpec : ModelElement
{
    /// <summary><c>keepLast</c>: artifacts kept per database; null when not given.</summary>
    public int? KeepLast { get; init; }
    /// <summary><c>maxAge</c>: how long artifacts are kept; null when not given.</summary>
    public TimeSpan? MaxAge { get; init; }
    /// <summary><c>archive</c>: long-term copies; null when missing.</summary>
    public ArchiveSpec? Archive { get; init; }
}

/// <summary><c>spec.retention.archive</c>: long-term copies.</summary>
public sealed record ArchiveSpec : ModelElement
{
    /// <summary><c>keepFor</c>: how long archived copies are kept; null when not given.</summary>
    public TimeSpan? KeepFor { get; init; }
    /// <summary><c>storage</c>: where archived copies go; null when not given.</summary>
    public NamedRef? Storage { get; init; }
}
