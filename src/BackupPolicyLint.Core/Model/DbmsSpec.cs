namespace BackupPolicyLint.Model;

/// <summary><c>spec.dbms</c>: the DBMS the plan protects.</summary>
public sealed record DbmsSpec : ModelElement
{
    /// <summary><c>community</c> or <c>enterprise</c> as written; null when not given.</summary>
    public string? Edition { get; init; }
    /// <summary>The version as written, e.g. <c>5.26</c> or <c>2025.10</c>; null when not given.</summary>
    public string? VersionText { get; init; }
    /// <summary><see cref="VersionText"/> parsed; null when missing or not a version.</summary>
    public Neo4jVersion? Version { get; init; }
    /// <summary><c>standalone</c> or <c>cluster</c> as written; null when not given.</summary>
    public string? Topology { get; init; }
    /// <summary>The DBMS's servers: the cluster members, or the one server.</summary>
    public IReadOnlyList<ServerSpec> Servers { get; init; } = [];
    /// <summary><c>configFiles</c>: neo4j.conf files analysed with the plan, as written.</summary>
    public IReadOnlyList<string> ConfigFiles { get; init; } = [];
    /// <summary><c>backupListener</c>: the server side of online backups; null when missing.</summary>
    public BackupListenerSpec? BackupListener { get; init; }
    /// <summary><c>txLogRetention</c> (<c>db.tx_log.rotation.retention_policy</c>) parsed; null when not given.</summary>
    public TxLogRetention? TxLogRetention { get; init; }
    /// <summary><c>features</c>: RBAC, TLS, plugins and licensed products in use; null when missing.</summary>
    public FeaturesSpec? Features { get; init; }

    /// <summary><c>spec.dbms.inventory</c>: the name of the inventory (snapshot or live) that describes this DBMS.</summary>
    public string? Inventory { get; init; }
}

/// <summary>One DBMS server (cluster member or the single instance).</summary>
public sealed record ServerSpec : ModelElement
{
    /// <summary>The server's name.</summary>
    public required string Name { get; init; }
    /// <summary>Its address, host or host:port; null when not given.</summary>
    public string? Address { get; init; }
    /// <summary>Its failure domain (availability zone, rack); null when not given.</summary>
    public string? Zone { get; init; }
    /// <summary>Its location (data centre, cloud region); null when not given.</summary>
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
    /// <summary><c>enabled</c> (<c>server.backup.enabled</c>); null when not given.</summary>
    public bool? Enabled { get; init; }
    /// <summary><c>listenAddress</c> (<c>server.backup.listen_address</c>); null when not given.</summary>
    public string? ListenAddress { get; init; }
    /// <summary><c>tls</c> (<c>dbms.ssl.policy.backup.enabled</c>); null when not given.</summary>
    public bool? Tls { get; init; }
    /// <summary><c>allowedSources</c>: the firewall allow-list for the backup port.</summary>
    public IReadOnlyList<NamedRef> AllowedSources { get; init; } = [];
}

/// <summary><c>spec.dbms.features</c>.</summary>
public sealed record FeaturesSpec : ModelElement
{
    /// <summary><c>rbac</c>: users and roles beyond the defaults are in use; null when not given.</summary>
    public bool? Rbac { get; init; }
    /// <summary><c>tls</c>: TLS is on for some connector, so SSL material exists; null when not given.</summary>
    public bool? Tls { get; init; }
    /// <summary><c>plugins</c>: the plugins installed, e.g. <c>apoc</c>.</summary>
    public IReadOnlyList<string> Plugins { get; init; } = [];
    /// <summary><c>licensedProducts</c>: licensed add-ons, e.g. <c>bloom</c>.</summary>
    public IReadOnlyList<string> LicensedProducts { get; init; } = [];
}
