namespace BackupPolicyLint.Rules;

/// <summary>Every built-in rule id, the friendly name as the field name. Ids are a public contract: never renumber.</summary>
public static class RuleIds
{
    public const string SystemDatabaseNotCovered = "BPL101";
    public const string DatabaseNotCovered = "BPL102";
    public const string CompositeDatabaseTargeted = "BPL103";
    public const string UnknownDatabaseTargeted = "BPL104";
    public const string ObjectivesUndefined = "BPL301";
    public const string RpoExceeded = "BPL302";
    public const string OutsideOffPeakWindow = "BPL303";
    public const string RtoAtRisk = "BPL304";
}
