namespace BackupPolicyLint.Diagnostics;

/// <summary>The kind of input a finding comes from (the JSON contract's <c>source</c>).</summary>
public enum SourceKind
{
    Plan,
    Config,
    Script,
    Manifest,
    Inventory,
    Artifacts,
    Policy,
}

internal static class SourceKindNames
{
    public static string ToName(this SourceKind kind) => kind.ToString().ToLowerInvariant();
}
