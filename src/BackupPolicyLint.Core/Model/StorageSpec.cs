namespace BackupPolicyLint.Model;

/// <summary>One entry of <c>spec.storage</c>: a place artifacts are written to.</summary>
public sealed record StorageSpec : ModelElement
{
    public required string Name { get; init; }
    public required string Type { get; init; }
    public string? Host { get; init; }
    public string? Path { get; init; }
    public string? Uri { get; init; }
    public string? Site { get; init; }
    public string? Zone { get; init; }
    public bool? Encrypted { get; init; }
    public bool? Immutable { get; init; }
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

    public bool IsLocal => string.Equals(Type, "local", StringComparison.OrdinalIgnoreCase);
}
