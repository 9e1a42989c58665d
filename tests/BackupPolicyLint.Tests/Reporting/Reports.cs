using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Reporting;
using BackupPolicyLint.Reporting.Model;

namespace BackupPolicyLint.Tests.Reporting;

/// <summary>Hand-made reports for writer tests, and a writer's output as a string.</summary>
internal static class Reports
{
    public static Finding Finding(string message, string file = "plans/a.yaml", int line = 3, string ruleId = "BPL101", bool suppressed = false) => new()
    {
        RuleId = ruleId,
        RuleName = ruleId == "BPL003" ? "unresolved-reference" : "system-database-not-covered",
        Severity = Severity.Error,
        Message = message,
        Span = new SourceSpan(file, line, 5, line, 12),
        Subject = "demo/databases/system",
        Fingerprint = "0123456789abcdef0123456789abcdef",
        Suppressed = suppressed,
    };

    public static CheckReport Of(params Finding[] findings) => new("9.9.9", findings, 1, [])
    {
        Files = findings.Select(f => f.Span.File).Distinct().ToList(),
        Run = new RunInfo { Now = new DateTimeOffset(2026, 11, 20, 6, 0, 0, TimeSpan.Zero), GeneratedAt = DateTimeOffset.UnixEpoch, Paths = ["."] },
    };

    public static string Write(IReportWriter writer, CheckReport report)
    {
        using var output = new StringWriter();
        writer.Write(report, output);
        return output.ToString();
    }
}
