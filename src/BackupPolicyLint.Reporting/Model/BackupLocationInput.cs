namespace BackupPolicyLint.Reporting.Model;

/// <summary>The backup location scanned (--backups) and the saved inspect output read with it (--backup-inspect), if any.</summary>
internal sealed record BackupLocationInput(string Location, string? InspectFile);
