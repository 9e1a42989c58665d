namespace BackupPolicyLint.Evaluation;

/// <summary>A pack and the plans a project config gives it: environments and labels (empty = any; both must match).</summary>
internal sealed record PackRoute(PolicyPack Pack, IReadOnlyList<string> Environments, IReadOnlyDictionary<string, string> Labels);
