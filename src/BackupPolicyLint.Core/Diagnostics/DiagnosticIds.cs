using BackupPolicyLint.Rules;

namespace BackupPolicyLint.Diagnostics;

/// <summary>Diagnostics that are not policy rules: problems with the input itself. Their ids; everything else about them is on their descriptors (<see cref="DiagnosticDescriptors"/>).</summary>
internal static class DiagnosticIds
{
    public const string ParseError = "BPL001";
    public const string SchemaViolation = "BPL002";
    public const string UnresolvedReference = "BPL003";
    public const string RuleFailed = "BPL004";
    public const string WaiverExpired = "BPL005";
    public const string SuppressionRejected = "BPL006";
    public const string WaiverUnused = "BPL007";

    public static string NameOf(string id) => Descriptor(id).Name;

    /// <summary>One sentence, for reports that describe every rule they mention (SARIF's shortDescription).</summary>
    public static string TitleOf(string id) => Descriptor(id).Title;

    public static IReadOnlyList<string> All { get; } = DiagnosticDescriptors.All.Select(d => d.Id).ToList();

    /// <summary>The same in every pack (its descriptor's production severity): input problems error, waivers and suppressions warn, an unused waiver is a note.</summary>
    public static Severity SeverityOf(string id) => Descriptor(id).Severities.Production!.Value;

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

    private static RuleDescriptor Descriptor(string id) =>
        DiagnosticDescriptors.Find(id) ?? throw new ArgumentOutOfRangeException(nameof(id), id, "not a diagnostic id");
}
