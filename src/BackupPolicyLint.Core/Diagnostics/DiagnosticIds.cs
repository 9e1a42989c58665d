namespace BackupPolicyLint.Diagnostics;

/// <summary>Diagnostics that are not policy rules: problems with the input itself. Always errors except BPL005.</summary>
public static class DiagnosticIds
{
    public const string ParseError = "BPL001";
    public const string SchemaViolation = "BPL002";
    public const string UnresolvedReference = "BPL003";
    public const string RuleFailed = "BPL004";
    public const string WaiverExpired = "BPL005";

    public static string NameOf(string id) => id switch
    {
        ParseError => "parse-error",
        SchemaViolation => "schema-violation",
        UnresolvedReference => "unresolved-reference",
        RuleFailed => "rule-failed",
        WaiverExpired => "waiver-expired",
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
        _ => throw new ArgumentOutOfRangeException(nameof(id), id, "not a diagnostic id"),
    };

    public static IReadOnlyList<string> All { get; } = [ParseError, SchemaViolation, UnresolvedReference, RuleFailed, WaiverExpired];

    public static bool IsDiagnostic(string id) => All.Contains(id);

    public static Finding Create(string id, string message, SourceSpan span, SourceKind source = SourceKind.Plan, string? subject = null, string logicalPath = "") => new()
    {
        RuleId = id,
        RuleName = NameOf(id),
        Severity = id == WaiverExpired ? Severity.Warning : Severity.Error,
        Message = message,
        Span = span,
        Source = source,
        Subject = subject,
        LogicalPath = logicalPath,
    };
}
