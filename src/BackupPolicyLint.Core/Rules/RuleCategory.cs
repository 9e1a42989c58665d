namespace BackupPolicyLint.Rules;

/// <summary>The catalogue's sections; each owns a hundred of the id range (diagnostics the first).</summary>
internal enum RuleCategory
{
    /// <summary>BPL001-BPL007: problems with the inputs or the run itself, not policy rules; first, as reports list them.</summary>
    Diagnostics,

    Coverage,
    MethodAndEdition,
    ObjectivesAndScheduling,
    StorageAndRetention,
    NetworkSecurity,
    FilesBesidesDatabases,
    Recovery,
    LiveInventory,
    BackupArtifacts,

    /// <summary>An organisation's own rules (declarative YAML or C# scripts), outside the BPL id range.</summary>
    Custom,
}

internal static class RuleCategoryNames
{
    public static string ToTitle(this RuleCategory category) => category switch
    {
        RuleCategory.Diagnostics => "Diagnostics",
        RuleCategory.Coverage => "Coverage",
        RuleCategory.MethodAndEdition => "Method and edition",
        RuleCategory.ObjectivesAndScheduling => "Objectives and scheduling",
        RuleCategory.StorageAndRetention => "Storage and retention",
        RuleCategory.NetworkSecurity => "Network security",
        RuleCategory.FilesBesidesDatabases => "Files besides the databases",
        RuleCategory.Recovery => "Recovery",
        RuleCategory.LiveInventory => "Live inventory",
        RuleCategory.Custom => "Organisation rules",
        _ => "Backup artifacts",
    };
}
