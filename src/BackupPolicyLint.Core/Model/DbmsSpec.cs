namespace BackupPolicyLint.Model;

/// <summary><c>spec.dbms</c>: the DBMS the plan protects.</summary>
public sealed record DbmsSpec : ModelElement
{
    public string? Edition { get; init; }
    public string? VersionText { get; init; }
    public Neo4jVersion? Version { get; init; }
    public string? Topology { get; init; }
    public IReadOnlyList<ServerSpec> Servers { get; init; } = [];
    public IReadOnlyList<string> ConfigFiles { get; init; } = [];
    public BackupListenerSpec? BackupListener { get; init; }
    public TxLogRetention? TxLogRetention { get; init; }
    public FeaturesSpec? Features { get; init; }

    /// <summary><c>spec.dbms.inventory</c>: the name of the inventory (snapshot or live) that describes this DBMS.</summary>
    public string? Inventory { get; init; }
}

/// <summary>One DBMS server (cluster member or the single instance).</summary>
public sealed record ServerSpec : ModelElement
{
    public required string Name { get; init; }
    public string? Address { get; init; }
    public string? Zone { get; init; }
    public string? Site { get; init; }

    /// <summary>The address without its port, or null.</summary>
    public string? AddressHost => Address is null ? null : HostNames.HostOf(Address);

    /// <summary>True when <paramref name="host"/> (a name or host[:port]) names this server.</summary>
    public bool IsHost(string? host)
    {
        if (string.IsNullOrWhiteSpace(host))
        {
            return false;
        }

        var bare = HostNames.HostOf(host);
        return string.Equals(bare, Name, StringComparison.OrdinalIgnoreCase)
            || string.Equals(bare, AddressHost, StringComparison.OrdinalIgnoreCase);
    }
}

/// <summary><c>spec.dbms.backupListener</c>: the server side of online backups.</summary>
public sealed record BackupListenerSpec : ModelElement
{
    public bool? Enabled { get; init; }
    public string? ListenAddress { get; init; }
    public bool? Tls { get; init; }
    public IReadOnlyList<NamedRef> AllowedSources { get; init; } = [];
}

/// <summary><c>spec.dbms.features</c>.</summary>
public sealed record FeaturesSpec : ModelElement
{
    public bool? Rbac { get; init; }
    public bool? Tls { get; init; }
    public IReadOnlyList<string> Plugins { get; init; } = [];
    public IReadOnlyList<string> LicensedProducts { get; init; } = [];
}
