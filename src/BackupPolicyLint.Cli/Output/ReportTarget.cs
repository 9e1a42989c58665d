namespace BackupPolicyLint.Cli.Output;

/// <summary>One report to write: a format, and the file it goes to (null: standard output).</summary>
internal sealed record ReportTarget(string Format, string? Output);
