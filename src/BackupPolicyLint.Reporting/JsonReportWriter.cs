using System.Text.Json;
using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Evaluation;
using BackupPolicyLint.Rules.Controls;
using BackupPolicyLint.Suppressions;

namespace BackupPolicyLint.Reporting;

/// <summary>
/// The JSON contract of product.md: tool, findings (every field, in order), summary; then outcomes, run, verdict and
/// checklist (docs/reports.md). Streamed: the output receives the document in pieces as it is written (after each
/// finding, outcome or plan once <see cref="JsonDocumentOutput.FlushThreshold"/> bytes are pending); the summary counts
/// are read from the report, never from what was written.
/// </summary>
internal sealed class JsonReportWriter : IReportWriter
{
    private static readonly ControlFramework[] Frameworks = Enum.GetValues<ControlFramework>();

    public void Write(CheckReport report, TextWriter output) => JsonDocumentOutput.Write(output, json =>
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
            json.FlushWhenFull();
        }

        json.WriteEndArray();
        json.WriteStartObject("summary");
        json.WriteNumber("files", report.FilesChecked);
        json.WriteNumber("error", report.Count(Severity.Error));
        json.WriteNumber("warning", report.Count(Severity.Warning));
        json.WriteNumber("note", report.Count(Severity.Note));
        json.WriteNumber("suppressed", report.SuppressedCount);
        if (report.Baseline is { } baseline)
        {
            json.WriteStartObject("baseline");
            json.WriteNumber("baselined", baseline.Baselined);
            json.WriteNumber("fixed", baseline.Fixed);
            json.WriteNumber("new", baseline.New);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteStartArray("outcomes");
        foreach (var outcome in report.Outcomes)
        {
            WriteOutcome(json, outcome);
            json.FlushWhenFull();
        }

        json.WriteEndArray();
        JsonAuditRecord.Write(json, report);
        if (report.Waivers.Count > 0)
        {
            json.WriteStartArray("waivers");
            foreach (var use in report.Waivers)
            {
                WriteWaiver(json, use);
                json.FlushWhenFull();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    });

    private static void WriteWaiver(Utf8JsonWriter json, WaiverUse use)
    {
        var waiver = use.Waiver;
        json.WriteStartObject();
        json.WriteString("rule", waiver.RuleId);
        json.WriteString("declaredAt", waiver.DeclaredAt);
        json.WriteString("plan", waiver.Plan);
        json.WriteString("file", waiver.FileGlob);
        json.WriteString("subject", waiver.Subject);
        json.WriteString("owner", waiver.Owner);
        json.WriteString("expires", waiver.Expires is { } date ? SuppressionText.Date(date) : null);
        json.WriteString("state", use.State.ToName());
        json.WriteNumber("suppressed", use.Suppressed);
        json.WriteEndObject();
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
        WriteSuppression(json, finding.Suppression);
        json.WriteEndObject();
    }

    /// <summary>Added after <c>suppressed</c> (the earlier fields keep their order): null, or why the finding is suppressed.</summary>
    private static void WriteSuppression(Utf8JsonWriter json, Suppression? suppression)
    {
        if (suppression is null)
        {
            json.WriteNull("suppression");
            return;
        }

        json.WriteStartObject("suppression");
        json.WriteString("kind", suppression.Kind.ToName());
        json.WriteString("justification", suppression.Justification);
        WriteNullable(json, "owner", suppression.Owner);
        WriteNullable(json, "expires", suppression.Expires is { } expires ? SuppressionText.Date(expires) : null);
        json.WriteString("declaredAt", suppression.DeclaredAt);
        json.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static void WriteOutcome(Utf8JsonWriter json, RuleOutcome outcome)
    {
        json.WriteStartObject();
        json.WriteString("plan", outcome.PlanName);
        json.WriteString("file", outcome.PlanFile);
        json.WriteString("ruleId", outcome.Rule.Id);
        json.WriteString("ruleName", outcome.Rule.Name);
        json.WriteString("outcome", outcome.Kind.ToName());
        if (outcome.Reason.Length == 0)
        {
            json.WriteNull("reason");
        }
        else
        {
            json.WriteString("reason", outcome.Reason);
        }

        json.WriteNumber("findings", outcome.FindingCount);
        json.WriteString("pack", outcome.Evaluation.Pack);
        json.WriteString("severity", outcome.Evaluation.Severity.ToName());
        json.WriteStartObject("controls");
        // By index, without LINQ: this runs for every outcome (hundreds of thousands in a large run).
        var controls = outcome.Rule.Controls;
        foreach (var framework in Frameworks)
        {
            json.WriteStartArray(framework.ToKey());
            for (var i = 0; i < controls.Count; i++)
            {
                if (controls[i].Framework == framework)
                {
                    json.WriteStringValue(controls[i].Id);
                }
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }
}
