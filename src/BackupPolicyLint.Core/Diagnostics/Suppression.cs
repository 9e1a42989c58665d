namespace BackupPolicyLint.Diagnostics;

/// <summary>How a finding came to be suppressed.</summary>
public enum SuppressionKind
{
    /// <summary>A reviewed entry in a <c>kind: Waivers</c> file.</summary>
    Waiver,

    /// <summary>A <c># bpl-ignore</c> comment in the checked file.</summary>
    Inline,

    /// <summary>An entry of the <c>--baseline</c> file: known before, hidden until fixed.</summary>
    Baseline,
}

/// <summary>
/// Why a finding is not counted: the kind, the justification (required for waivers and inline suppressions), who owns
/// the decision, until when it holds, and where it is written (<c>file:line</c>).
/// </summary>
public sealed record Suppression(SuppressionKind Kind, string Justification, string? Owner, DateOnly? Expires, string DeclaredAt);

internal static class SuppressionKindNames
{
    public static string ToName(this SuppressionKind kind) => kind switch
    {
        SuppressionKind.Waiver => "waiver",
        SuppressionKind.Inline => "inline",
        _ => "baseline",
    };
}
