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
