namespace BackupPolicyLint.Reporting.Sarif;

/// <summary>A reportingConfiguration; bpl sets only the level.</summary>
public sealed record SarifConfiguration(string Level);
