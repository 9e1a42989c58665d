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
    public const string BackupFilesWorldReadable = "BPL408";
    public const string BackupStale = "BPL901";
    public const string BackupMissing = "BPL902";
    public const string RetentionNotEnforced = "BPL903";
    public const string OrphanDifferential = "BPL904";
}
