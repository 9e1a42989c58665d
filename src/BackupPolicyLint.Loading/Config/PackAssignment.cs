namespace BackupPolicyLint.Loading.Config;

/// <summary>A config's <c>packs</c> entry: a pack reference and the plans it judges (environments, labels; empty = any).</summary>
internal sealed record PackAssignment(string Pack, IReadOnlyList<string> Environments, IReadOnlyDictionary<string, string> Labels);
