namespace BackupPolicyLint.Reporting.Sarif;

/// <summary>A note from the tool about the run itself (not about the checked files).</summary>
public sealed record SarifNotification(string Level, SarifMessage Message);
