namespace BackupPolicyLint.Reporting.Model;

/// <summary>A config pack route: the pack, and the environments and labels of the plans it judges (empty = any).</summary>
internal sealed record PackRouteInput(string Pack, IReadOnlyList<string> Environments, IReadOnlyDictionary<string, string> Labels);
