namespace BackupPolicyLint.Model.Inventory;

/// <summary>The parts of an inventory, each collected by its own statement, and the backup settings rules read.</summary>
public static class InventoryParts
{
    /// <summary>The part with edition and version (dbms.components).</summary>
    public const string Components = "components";
    /// <summary>The part with the databases (SHOW DATABASES).</summary>
    public const string Databases = "databases";
    /// <summary>The part with the servers (SHOW SERVERS).</summary>
    public const string Servers = "servers";
    /// <summary>The part with the backup-related settings.</summary>
    public const string Settings = "settings";
    /// <summary>The part with the plugins, seen through their procedures.</summary>
    public const string Plugins = "plugins";

    /// <summary>Every part, in collection order.</summary>
    public static readonly IReadOnlyList<string> All = [Components, Databases, Servers, Settings, Plugins];

    /// <summary>The setting that turns the backup service on or off.</summary>
    public const string BackupEnabled = "server.backup.enabled";
    /// <summary>The setting for the address the backup service listens on.</summary>
    public const string BackupListenAddress = "server.backup.listen_address";
    /// <summary>The setting that turns TLS on for the backup service.</summary>
    public const string BackupSslEnabled = "dbms.ssl.policy.backup.enabled";
    /// <summary>The prefix of the backup SSL policy's settings.</summary>
    public const string BackupSslPolicyPrefix = "dbms.ssl.policy.backup.";
    /// <summary>The prefix of the backup service's settings.</summary>
    public const string BackupPrefix = "server.backup.";
}
