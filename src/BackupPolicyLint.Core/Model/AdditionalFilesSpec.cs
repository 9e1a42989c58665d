namespace BackupPolicyLint.Model;

/// <summary><c>spec.additionalFiles</c>: files Neo4j's guidance says to back up besides the databases.</summary>
public sealed record AdditionalFilesSpec : ModelElement
{
    /// <summary><c>config</c>: the neo4j.conf files.</summary>
    public AdditionalFileSpec? Config { get; init; }
    /// <summary><c>sslMaterial</c>: the TLS keys and certificates.</summary>
    public AdditionalFileSpec? SslMaterial { get; init; }
    /// <summary><c>plugins</c>: the plugin jars.</summary>
    public AdditionalFileSpec? Plugins { get; init; }
    /// <summary><c>licenses</c>: the licence files.</summary>
    public AdditionalFileSpec? Licenses { get; init; }
}

/// <summary>One kind of additional file and whether (and where) it is backed up.</summary>
public sealed record AdditionalFileSpec : ModelElement
{
    /// <summary><c>backedUp</c>: whether these files are backed up; null when the plan does not say.</summary>
    public bool? BackedUp { get; init; }
    /// <summary><c>perServer</c>: whether each server's own copy is backed up; null when the plan does not say.</summary>
    public bool? PerServer { get; init; }
    /// <summary><c>copyTo</c>: the storages the files are copied to.</summary>
    public IReadOnlyList<NamedRef> CopyTo { get; init; } = [];
}
