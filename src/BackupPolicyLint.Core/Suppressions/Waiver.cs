using BackupPolicyLint.Diagnostics;

namespace BackupPolicyLint.Suppressions;

/// <summary>
/// One entry of a <c>kind: Waivers</c> file: a rule accepted for a target (plan name, file glob, subject glob; every
/// one given must match), with the justification, owner and expiry an auditor reads.
/// </summary>
internal sealed record Waiver
{
    public required string RuleId { get; init; }
    public string? Plan { get; init; }

    /// <summary>A glob over the finding's file, relative to <see cref="BaseDirectory"/> (the waivers file's folder).</summary>
    public string? FileGlob { get; init; }

    /// <summary>A glob over the finding's subject, e.g. <c>payments-prod/storage/*</c>.</summary>
    public string? Subject { get; init; }

    public required string Justification { get; init; }
    public string? Owner { get; init; }
    public DateOnly? Expires { get; init; }

    /// <summary>The waiver entry in its file, where BPL005 points.</summary>
    public required SourceSpan Span { get; init; }

    public required string LogicalPath { get; init; }
    public required string BaseDirectory { get; init; }

    public string DeclaredAt => $"{Span.File}:{Span.Line}";
}
