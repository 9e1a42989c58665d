namespace BackupPolicyLint.Model.Inventory;

/// <summary>The parts of an inventory, each collected by its own statement, and the backup settings rules read.</summary>
public static class InventoryParts
{
    public const string Components = "components";
    public const string Databases = "databases";
    public const string Servers = "servers";
    public const string Settings = "settings";
    public const string Plugins = "plugins";

    public static readonly IReadOnlyList<string> All = [Components, Databases, Servers, Settings, Plugins];

    public const string BackupEnabled = "server.backup.enabled";
    public const string BackupListenAddress = "server.backup.listen_address";
    public const string BackupSslEnabled = "dbms.ssl.policy.backup.enabled";
    public const string BackupSslPolicyPrefix = "dbms.ssl.policy.backup.";
    public const string BackupPrefix = "server.backup.";
}
