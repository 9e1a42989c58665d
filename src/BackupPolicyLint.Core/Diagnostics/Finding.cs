namespace BackupPolicyLint.Diagnostics;

/// <summary>One reported problem. Rules create findings without a fingerprint; the engine adds it.</summary>
public sealed record Finding
{
    /// <summary>The id of the rule or diagnostic that reported it, e.g. <c>BPL201</c> or <c>ACME201</c>.</summary>
    public required string RuleId { get; init; }
    /// <summary>The rule's kebab-case name, e.g. <c>backup-job-missing</c>.</summary>
    public required string RuleName { get; init; }
    /// <summary>How serious the finding is, as the pack set it for the rule.</summary>
    public required Severity Severity { get; init; }
    /// <summary>What is wrong and how to fix it, in one or two sentences.</summary>
    public required string Message { get; init; }
    /// <summary>Where the finding is: file, line and column.</summary>
    public required SourceSpan Span { get; init; }
    /// <summary>The kind of input the finding is about (plan, config, script, ...).</summary>
    public SourceKind Source { get; init; } = SourceKind.Plan;

    /// <summary>The logical element concerned, e.g. <c>orders-prod/jobs/nightly-full</c>.</summary>
    public string? Subject { get; init; }

    /// <summary>Stable across unrelated edits: built from rule, file, logical path and subject, never from line numbers.</summary>
    public string Fingerprint { get; init; } = "";

    /// <summary>The JSON pointer of the node concerned inside its document (for fingerprints and baselines).</summary>
    public string LogicalPath { get; init; } = "";

    /// <summary>True when a waiver, an inline comment or the baseline hides the finding.</summary>
    public bool Suppressed { get; init; }

    /// <summary>Why the finding is suppressed (waiver, inline comment, baseline); null when it is not, or when only the flag was set.</summary>
    public Suppression? Suppression { get; init; }

    /// <summary>
    /// The plan whose rule evaluation produced the finding (<c>BackupPlan.Id</c>); the engine sets it so audit outcomes
    /// can be tied back to their findings. Null for findings about the input itself (parse, schema, references).
    /// </summary>
    public string? PlanId { get; init; }
}
