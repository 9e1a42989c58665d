namespace BackupPolicyLint.Reporting.Sarif;

/// <summary>A rule's property bag: its category as a tag (code scanning filters by tags) and the controls it evidences.</summary>
public sealed record SarifRuleProperties(IReadOnlyList<string> Tags, IReadOnlyList<string> Controls);
