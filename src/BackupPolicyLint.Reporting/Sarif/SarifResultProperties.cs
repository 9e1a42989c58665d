namespace BackupPolicyLint.Reporting.Sarif;

/// <summary>A result's property bag: the element concerned and the kind of input it came from.</summary>
public sealed record SarifResultProperties(string? Subject, string Source);
