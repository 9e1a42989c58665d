using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackupPolicyLint.Reporting.Sarif;

/// <summary>`--format sarif`: SARIF 2.1.0 for code-scanning dashboards (GitHub, GitLab, Azure DevOps).</summary>
/// <param name="options">The invocation (exit code, times) and --max-results; null for a log without an invocation.</param>
public sealed class SarifReportWriter(SarifRunOptions? options = null) : IReportWriter
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public void Write(CheckReport report, TextWriter output)
    {
        output.Write(JsonSerializer.Serialize(SarifBuilder.Build(report, options), Options));
        output.WriteLine();
    }
}
