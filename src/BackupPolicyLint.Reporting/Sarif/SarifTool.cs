namespace BackupPolicyLint.Reporting.Sarif;

public sealed record SarifTool(SarifDriver Driver);
