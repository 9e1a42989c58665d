namespace BackupPolicyLint.Diagnostics;

/// <summary>Diagnostics that are not policy rules: problems with the input itself. Always errors except BPL005 and BPL006 (warnings) and BPL007 (a note).</summary>
public static class DiagnosticIds
{
    public const string ParseError = "BPL001";
    public const string SchemaViolation = "BPL002";
    public const string UnresolvedReference = "BPL003";
    public const string RuleFailed = "BPL004";
    public const string WaiverExpired = "BPL005";
    public const string SuppressionRejected = "BPL006";
    public const string WaiverUnused = "BPL007";

    public static string NameOf(string id) => id switch
    {
        ParseError => "parse-error",
        SchemaViolation => "schema-violation",
        UnresolvedReference => "unresolved-reference",
        RuleFailed => "rule-failed",
        WaiverExpired => "waiver-expired",
        SuppressionRejected => "inline-suppression-rejected",
        WaiverUnused => "waiver-unused",
        _ => throw new ArgumentOutOfRangeException(nameof(id), id, "not a diagnostic id"),
    };

    /// <summary>One sentence, for reports that describe every rule they mention (SARIF's shortDescription).</summary>
    public static string TitleOf(string id) => id switch
    {
        ParseError => "A file cannot be read as YAML or JSON.",
        SchemaViolation => "A plan does not match the backup-plan schema.",
        UnresolvedReference => "A job names a storage or server that its plan does not declare.",
        RuleFailed => "A rule failed while judging a plan.",
        WaiverExpired => "A waiver's expiry date has passed.",
        SuppressionRejected => "An inline bpl-ignore comment has no reason, lacks a required expiry, or is not allowed by the project config.",
        WaiverUnused => "A waiver in force suppressed no finding of a plan or file this run checked.",
        _ => throw new ArgumentOutOfRangeException(nameof(id), id, "not a diagnostic id"),
    };

    public static IReadOnlyList<string> All { get; } = [ParseError, SchemaViolation, UnresolvedReference, RuleFailed, WaiverExpired, SuppressionRejected, WaiverUnused];

    /// <summary>Findings about waivers and suppressions warn, an unused waiver is a note (tidy-up); problems with the input are errors.</summary>
    public static Severity SeverityOf(string id) => id switch
    {
        WaiverUnused => Severity.Note,
        WaiverExpired or SuppressionRejected => Severity.Warning,
        _ => Severity.Error,
    };

    public static bool IsDiagnostic(string id) => All.Contains(id);

    public static Finding Create(string id, string message, SourceSpan span, SourceKind source = SourceKind.Plan, string? subject = null, string logicalPath = "") => new()
    {
        RuleId = id,
        RuleName = NameOf(id),
        Severity = SeverityOf(id),
        Message = message,
        Span = span,
        Source = source,
        Subject = subject,
        LogicalPath = logicalPath,
    };
}
