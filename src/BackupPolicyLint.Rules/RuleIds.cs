namespace BackupPolicyLint.Rules;

/// <summary>Every built-in rule id, the friendly name as the field name. Ids are a public contract: never renumber.</summary>
public static class RuleIds
{
    public const string SystemDatabaseNotCovered = "BPL101";
    public const string DatabaseNotCovered = "BPL102";
    public const string CompositeDatabaseTargeted = "BPL103";
    public const string UnknownDatabaseTargeted = "BPL104";
    public const string EnterpriseCommandOnCommunity = "BPL201";
    public const string DumpNeedsDowntime = "BPL202";
    public const string DifferentialNeedsOnlineBackup = "BPL203";
    public const string DifferentialWithoutFull = "BPL204";
    public const string CopyUsedAsBackup = "BPL205";
    public const string FilesystemCopyUnsupported = "BPL206";
    public const string NotRunAsNeo4jUser = "BPL207";
    public const string TxLogRetentionBreaksDifferentials = "BPL208";
    public const string CloudTargetWithoutTempPath = "BPL209";
    public const string PipelineHidesBackupFailure = "BPL210";
    public const string ObjectivesUndefined = "BPL301";
    public const string RpoExceeded = "BPL302";
    public const string OutsideOffPeakWindow = "BPL303";
    public const string RtoAtRisk = "BPL304";
    public const string NoOffSiteCopy = "BPL401";
    public const string OffSiteSharesFailureDomain = "BPL402";
    public const string BackupsOnDatabaseServer = "BPL403";
    public const string RetentionUndefined = "BPL404";
    public const string RetentionBelowMinimum = "BPL405";
    public const string ArchiveLongevity = "BPL406";
    public const string BackupsUnencrypted = "BPL407";
    public const string BackupFilesWorldReadable = "BPL408";
    public const string BackupTrafficWithoutTls = "BPL501";
    public const string BackupPortExposed = "BPL502";
    public const string BackupFromClusterMember = "BPL503";
    public const string SingleBackupSource = "BPL504";
    public const string RemoteResolutionUnsupported = "BPL505";
    public const string ClusterPortExposedWithoutTls = "BPL506";
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
    public const string UnsafeClusterRestore = "BPL707";
    public const string SettingDrift = "BPL801";
    public const string EditionVersionDrift = "BPL802";
    public const string DatabaseNotOnline = "BPL803";
    public const string BackupSourceNotHosting = "BPL804";
    public const string InventoryIncomplete = "BPL805";
    public const string BackupStale = "BPL901";
    public const string BackupMissing = "BPL902";
    public const string RetentionNotEnforced = "BPL903";
    public const string OrphanDifferential = "BPL904";
}
