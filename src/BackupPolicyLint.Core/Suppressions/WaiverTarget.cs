namespace BackupPolicyLint.Suppressions;

/// <summary>What a waiver is matched against: the finding's plan (name and environment) and its file's full path.</summary>
internal sealed record WaiverTarget(string? PlanName, string? Environment, string FullPath);
