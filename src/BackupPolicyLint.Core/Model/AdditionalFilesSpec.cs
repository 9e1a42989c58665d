namespace BackupPolicyLint.Model;

/// <summary><c>spec.additionalFiles</c>: files Neo4j's guidance says to back up besides the databases.</summary>
public sealed record AdditionalFilesSpec : ModelElement
{
    public AdditionalFileSpec? Config { get; init; }
    public AdditionalFileSpec? SslMaterial { get; init; }
    public AdditionalFileSpec? Plugins { get; init; }
    public AdditionalFileSpec? Licenses { get; init; }
}

/// <summary>One kind of additional file and whether (and where) it is backed up.</summary>
public sealed record AdditionalFileSpec : ModelElement
{
    public bool? BackedUp { get; init; }
    public bool? PerServer { get; init; }
    public IReadOnlyList<NamedRef> CopyTo { get; init; } = [];
}
