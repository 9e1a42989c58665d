namespace BackupPolicyLint.Reporting.Sarif;

/// <summary>Why a result is not counted: kind "external" (a waiver or baseline) or "inSource" (an inline comment).</summary>
public sealed record SarifSuppression(string Kind, string? Justification);
