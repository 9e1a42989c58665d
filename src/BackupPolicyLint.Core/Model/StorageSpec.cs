namespace BackupPolicyLint.Model;

/// <summary>One entry of <c>spec.storage</c>: a place artifacts are written to.</summary>
public sealed record StorageSpec : ModelElement
{
    /// <summary>The storage's name, which jobs use as destination.</summary>
    public required string Name { get; init; }
    /// <summary><c>local</c>, <c>nfs</c>, <c>remote-server</c>, <c>s3</c>, <c>gcs</c> or <c>azure-blob</c>.</summary>
    public required string Type { get; init; }
    /// <summary>The host of a local, NFS or remote-server storage; null when not given.</summary>
    public string? Host { get; init; }
    /// <summary>The path on that host; null when not given.</summary>
    public string? Path { get; init; }
    /// <summary>The URI of an object storage, e.g. <c>s3://bucket/prefix</c>; null when not given.</summary>
    public string? Uri { get; init; }
    /// <summary>Its location (data centre, cloud region); null when not given.</summary>
    public string? Site { get; init; }
    /// <summary>Its failure domain (availability zone, rack); null when not given.</summary>
    public string? Zone { get; init; }
    /// <summary><c>encrypted</c>: whether artifacts are encrypted at rest; null when not given.</summary>
    public bool? Encrypted { get; init; }
    /// <summary><c>immutable</c>: object lock or WORM; null when not given.</summary>
    public bool? Immutable { get; init; }
    /// <summary><c>storageClass</c>, e.g. <c>STANDARD_IA</c>; null when not given.</summary>
    public string? StorageClass { get; init; }

    /// <summary>
    /// A path inside the DBMS's data directory or on its data volume (a script's <c>--to-path</c> under <c>data/</c>, a
    /// Kubernetes volume that is the Neo4j data volume): on a DBMS server whatever host the job runs on.
    /// </summary>
    public bool OnDataVolume { get; init; }

    /// <summary>
    /// A local path written by a script that stops or starts Neo4j on its own host (<c>neo4j stop</c>, <c>systemctl stop
    /// neo4j</c>, <c>docker compose stop neo4j</c>): that host is a DBMS server.
    /// </summary>
    public bool OnDbmsHost { get; init; }

    /// <summary>True for <c>type: local</c>.</summary>
    public bool IsLocal => string.Equals(Type, "local", StringComparison.OrdinalIgnoreCase);
}
