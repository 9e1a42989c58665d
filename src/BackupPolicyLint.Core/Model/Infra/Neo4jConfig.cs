using BackupPolicyLint.Diagnostics;

namespace BackupPolicyLint.Model.Infra;

/// <summary>
/// The Neo4j settings one file sets (a neo4j.conf, or the <c>NEO4J_*</c> environment of a manifest or Dockerfile),
/// with Neo4j's documented defaults for the backup-related settings it leaves out. The effective values carry the
/// setting that decided them, so findings land on that line; a default decided by nothing carries none.
/// </summary>
public sealed class Neo4jConfig
{
    /// <summary>The setting that turns the backup service on or off.</summary>
    public const string BackupEnabled = "server.backup.enabled";
    /// <summary>The setting for the address the backup service listens on.</summary>
    public const string BackupListenAddress = "server.backup.listen_address";
    /// <summary>The setting that turns TLS on for the backup service.</summary>
    public const string BackupSslEnabled = "dbms.ssl.policy.backup.enabled";
    /// <summary>The setting for the cluster listener (which also serves backups).</summary>
    public const string ClusterListenAddress = "server.cluster.listen_address";
    /// <summary>The setting that turns TLS on for cluster traffic.</summary>
    public const string ClusterSslEnabled = "dbms.ssl.policy.cluster.enabled";
    /// <summary>The setting that gives the host of listen addresses that name only a port.</summary>
    public const string DefaultListenAddress = "server.default_listen_address";
    /// <summary>The setting that turns authentication on or off.</summary>
    public const string AuthEnabled = "dbms.security.auth_enabled";
    /// <summary>The setting for how long transaction logs are kept.</summary>
    public const string TxLogRetentionPolicy = "db.tx_log.rotation.retention_policy";

    /// <summary>Neo4j's defaults (operations manual, configuration settings): loopback backup listener, cluster port 6000.</summary>
    public const string DefaultBackupListen = "127.0.0.1:6362";

    /// <summary>The cluster listener's default port.</summary>
    public const string DefaultClusterPort = "6000";

    private readonly Dictionary<string, ConfigSetting> _settings;

    internal Neo4jConfig(string file, SourceKind source, IEnumerable<ConfigSetting> settings)
    {
        File = file;
        Source = source;
        // The last occurrence wins, as in Neo4j (a later line overrides an earlier one).
        _settings = new Dictionary<string, ConfigSetting>(StringComparer.Ordinal);
        foreach (var setting in settings)
        {
            _settings[setting.Name] = setting;
        }
    }

    /// <summary>The file the settings come from, relative to the working directory.</summary>
    public string File { get; }
    /// <summary>Where the settings were read: <c>Config</c> for a neo4j.conf, <c>Manifest</c> or <c>Script</c> for an environment.</summary>
    public SourceKind Source { get; }
    /// <summary>Every setting the file sets (the last one of a name wins, as in Neo4j).</summary>
    public IReadOnlyCollection<ConfigSetting> Settings => _settings.Values;

    /// <summary>The setting named <paramref name="name"/>, or null when the file does not set it.</summary>
    public ConfigSetting? Get(string name) => _settings.GetValueOrDefault(name);

    /// <summary>True when the file sets <paramref name="name"/> to <c>true</c>.</summary>
    public bool IsTrue(string name) => Get(name) is { } s && string.Equals(s.Value.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when the file sets <paramref name="name"/> to <c>false</c>.</summary>
    public bool IsFalse(string name) => Get(name) is { } s && string.Equals(s.Value.Trim(), "false", StringComparison.OrdinalIgnoreCase);

    /// <summary><c>dbms.security.auth_enabled</c>, default true: users and roles then live in system.</summary>
    public bool AuthenticationEnabled => !IsFalse(AuthEnabled);

    /// <summary><c>server.backup.enabled</c>, default true.</summary>
    public bool BackupServiceEnabled => !IsFalse(BackupEnabled);

    /// <summary>The backup listener's address and the setting that decided it (null: the default, 127.0.0.1:6362).</summary>
    public (string Address, ConfigSetting? Setting) BackupListen =>
        Get(BackupListenAddress) is { } set ? Resolve(set) : (DefaultBackupListen, null);

    /// <summary>
    /// The cluster listener (which also serves backups): <c>server.cluster.listen_address</c>, default <c>:6000</c>. A missing
    /// host comes from <c>server.default_listen_address</c> (default localhost), so that setting is the one to fix then.
    /// </summary>
    public (string Address, ConfigSetting? Setting) ClusterListen =>
        Get(ClusterListenAddress) is { } set ? Resolve(set) : ($"{DefaultHost.Host}:{DefaultClusterPort}", DefaultHost.Setting);

    /// <summary>The host of <c>server.default_listen_address</c> when this configuration sets it, else null (Neo4j's default is localhost).</summary>
    public string? ConfiguredDefaultListenHost => Get(DefaultListenAddress) is { } d ? HostNames.HostOf(d.Value.Trim()) : null;

    private (string Host, ConfigSetting? Setting) DefaultHost =>
        Get(DefaultListenAddress) is { } d ? (HostNames.HostOf(d.Value.Trim()), d) : ("localhost", null);

    /// <summary>host:port as set, or with the default listen host when the setting gives only ":port".</summary>
    private (string Address, ConfigSetting? Setting) Resolve(ConfigSetting set)
    {
        var text = set.Value.Trim();
        return text.StartsWith(':') ? (DefaultHost.Host + text, DefaultHost.Setting ?? set) : (text, set);
    }

    /// <summary>Every <c>dbms.ssl.policy.&lt;scope&gt;.enabled=true</c> (each policy defaults to false).</summary>
    public IEnumerable<ConfigSetting> EnabledSslPolicies =>
        _settings.Values.Where(s => s.Name.StartsWith("dbms.ssl.policy.", StringComparison.Ordinal)
            && s.Name.EndsWith(".enabled", StringComparison.Ordinal)
            && string.Equals(s.Value.Trim(), "true", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Settings that only a cluster member has (4.4 and 5.x names). <c>server.cluster.listen_address</c> and
    /// <c>server.cluster.advertised_address</c> are not among them: a standalone server has a cluster listener too.
    /// </summary>
    public bool DescribesCluster =>
        _settings.Keys.Any(k => k is "dbms.cluster.discovery.endpoints" or "dbms.cluster.discovery.v2.endpoints" or "causal_clustering.initial_discovery_members"
            or "dbms.cluster.discovery.resolver_type" or "causal_clustering.discovery_type" or "dbms.cluster.discovery.version"
            or "initial.dbms.default_primaries_count" or "initial.dbms.default_secondaries_count"
            or "dbms.cluster.minimum_initial_system_primaries_count" or "server.cluster.system_database_mode")
        // The calendar versions' name of the discovery endpoints (2025.01 renamed dbms.cluster.discovery.v2.endpoints).
        || Get("dbms.cluster.endpoints") is { Value.Length: > 0 }
        || Get("dbms.mode") is { } mode && mode.Value.Trim().ToUpperInvariant() is "CORE" or "READ_REPLICA";
}
