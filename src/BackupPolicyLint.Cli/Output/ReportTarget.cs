namespace BackupPolicyLint.Cli.Output;

/// <summary>One report to write: a format, and the file it goes to (null: standard output).</summary>
public sealed record ReportTarget(string Format, string? Output);
