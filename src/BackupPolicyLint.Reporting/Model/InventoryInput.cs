namespace BackupPolicyLint.Reporting.Model;

/// <summary>
/// An inventory a run used: its name, the URI it was collected from (never with credentials), when, by which bpl, and
/// the snapshot file it was read from (null when collected live in this run).
/// </summary>
internal sealed record InventoryInput(string Name, string Source, DateTimeOffset CollectedAt, string CollectorVersion, string? SnapshotFile);
