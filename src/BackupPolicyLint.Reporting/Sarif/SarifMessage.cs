namespace BackupPolicyLint.Reporting.Sarif;

/// <summary>A message or multiformatMessageString: plain text, optionally Markdown.</summary>
public sealed record SarifMessage(string Text, string? Markdown = null);
