namespace BackupPolicyLint.Reporting.Sarif;

/// <summary>1-based lines and columns; the end column is the one just after the region, as in SARIF.</summary>
public sealed record SarifRegion(int StartLine, int StartColumn, int EndLine, int EndColumn);
