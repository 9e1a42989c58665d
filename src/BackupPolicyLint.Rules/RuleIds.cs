namespace BackupPolicyLint.Rules;

/// <summary>Every built-in rule id, the friendly name as the field name. Ids are a public contract: never renumber.</summary>
public static class RuleIds
{
    public const string SystemDatabaseNotCovered = "BPL101";
    public const string DatabaseNotCovered = "BPL102";
    public const string CompositeDatabaseTargeted = "BPL103";
    public const string UnknownDatabaseTargeted = "BPL104";
    public const string BackupTrafficWithoutTls = "BPL501";
    public const string BackupPortExposed = "BPL502";
    public const string BackupFromClusterMember = "BPL503";
    public const string SingleBackupSource = "BPL504";
    public const string RemoteResolutionUnsupported = "BPL505";
    public const string ConfigNotBackedUp = "BPL601";
    public const string SslMaterialNotBackedUp = "BPL602";
    public const string PluginsNotBackedUp = "BPL603";
    public const string LicensesNotBackedUp = "BPL604";
    public const string RecoveryTestingUndefined = "BPL701";
    public const string RecoveryTestOverdue = "BPL702";
    public const string ClusterRestoreNotSeeded = "BPL703";
    public const string RunbookMissing = "BPL704";
    public const string MetadataNotIncluded = "BPL705";
    public const string ConsistencyCheckMissing = "BPL706";
}
