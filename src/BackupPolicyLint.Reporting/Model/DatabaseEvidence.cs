namespace BackupPolicyLint.Reporting.Model;

/// <summary>A database of a plan and the backup or dump jobs that cover it (none: it is not backed up).</summary>
internal sealed record DatabaseEvidence(string Name, IReadOnlyList<string> CoveringJobs);
