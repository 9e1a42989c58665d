namespace BackupPolicyLint.Neo4j;

/// <summary>How to reach a DBMS over HTTP. The password comes only from NEO4J_PASSWORD and is never shown.</summary>
internal sealed record Neo4jConnectionOptions
{
    public static readonly TimeSpan DefaultConnectTimeout = TimeSpan.FromSeconds(10);
    public static readonly TimeSpan DefaultRequestTimeout = TimeSpan.FromSeconds(30);

    /// <summary>The http(s) endpoint, without credentials (see <see cref="Neo4jEndpoint.Parse"/>).</summary>
    public required Uri Endpoint { get; init; }

    public string? User { get; init; }
    public string? Password { get; init; }

    /// <summary>A PEM or DER file with CA certificates trusted in addition to the system's.</summary>
    public string? CaFile { get; init; }

    public TimeSpan ConnectTimeout { get; init; } = DefaultConnectTimeout;
    public TimeSpan RequestTimeout { get; init; } = DefaultRequestTimeout;

    /// <summary>The inventory's name (what plans put in spec.dbms.inventory); default: the endpoint's host.</summary>
    public string? Name { get; init; }

    public required string ToolVersion { get; init; }

    /// <summary>Overridable clock, for reproducible snapshots in tests.</summary>
    public Func<DateTimeOffset> Clock { get; init; } = () => DateTimeOffset.UtcNow;

    /// <summary>This override is why records print no password: it is the only member left out.</summary>
    public override string ToString() => $"{Endpoint} (user {User ?? "(none)"})";
}
