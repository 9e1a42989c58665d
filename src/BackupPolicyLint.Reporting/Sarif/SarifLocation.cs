namespace BackupPolicyLint.Reporting.Sarif;

public sealed record SarifLocation(SarifPhysicalLocation PhysicalLocation);
