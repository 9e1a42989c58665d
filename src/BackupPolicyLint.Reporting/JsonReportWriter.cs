using System.Text.Encodings.Web;
using System.Text.Json;
using BackupPolicyLint.Diagnostics;

namespace BackupPolicyLint.Reporting;

/// <summary>The JSON contract of product.md: tool, findings (every field, in order), summary.</summary>
public sealed class JsonReportWriter : IReportWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Messages quote names with ' and "; keep them readable rather than \u0027-escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public void Write(CheckReport report, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteStartObject("tool");
            json.WriteString("name", CheckReport.ToolName);
            json.WriteString("version", report.ToolVersion);
            json.WriteEndObject();
            json.WriteStartArray("findings");
            foreach (var finding in report.Findings)
            {
                WriteFinding(json, finding);
            }

            json.WriteEndArray();
            json.WriteStartObject("summary");
            json.WriteNumber("files", report.FilesChecked);
            json.WriteNumber("error", report.Count(Severity.Error));
            json.WriteNumber("warning", report.Count(Severity.Warning));
            json.WriteNumber("note", report.Count(Severity.Note));
            json.WriteNumber("suppressed", report.SuppressedCount);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        output.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        output.WriteLine();
    }

    private static void WriteFinding(Utf8JsonWriter json, Finding finding)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.RuleId);
        json.WriteString("ruleName", finding.RuleName);
        json.WriteString("severity", finding.Severity.ToName());
        json.WriteString("message", finding.Message);
        json.WriteString("file", finding.Span.File);
        json.WriteNumber("line", finding.Span.Line);
        json.WriteNumber("column", finding.Span.Column);
        json.WriteNumber("endLine", finding.Span.EndLine);
        json.WriteNumber("endColumn", finding.Span.EndColumn);
        json.WriteString("source", finding.Source.ToName());
        if (finding.Subject is null)
        {
            json.WriteNull("subject");
        }
        else
        {
            json.WriteString("subject", finding.Subject);
        }

        json.WriteString("fingerprint", finding.Fingerprint);
        json.WriteBoolean("suppressed", finding.Suppressed);
        json.WriteEndObject();
    }
}
