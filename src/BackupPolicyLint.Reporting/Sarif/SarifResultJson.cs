using System.Text.Json;
using BackupPolicyLint.Diagnostics;

namespace BackupPolicyLint.Reporting.Sarif;

/// <summary>One finding as a SARIF result, located from the repository root (which consumers know as %SRCROOT%).</summary>
internal static class SarifResultJson
{
    /// <summary>The partialFingerprints key: bpl's fingerprint (rule, file, element names; never lines), version 1.</summary>
    public const string FingerprintKey = "bplFingerprint/v1";

    public const string SourceRoot = "%SRCROOT%";

    internal static void Write(Utf8JsonWriter json, CheckReport report, Finding finding, Dictionary<string, int> ruleIndex)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.RuleId);
        json.WriteNumber("ruleIndex", ruleIndex.TryGetValue(finding.RuleId, out var index) ? index : -1);
        json.WriteString("level", finding.Severity.ToName());
        json.WriteStartObject("message");
        json.WriteString("text", finding.Message);
        json.WriteEndObject();
        WriteLocations(json, report, finding.Span);
        json.WriteStartObject("partialFingerprints");
        json.WriteString(FingerprintKey, finding.Fingerprint);
        json.WriteEndObject();
        WriteSuppressions(json, finding);
        json.WriteStartObject("properties");
        if (finding.Subject is { } subject)
        {
            json.WriteString("subject", subject);
        }

        json.WriteString("source", finding.Source.ToName());
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteLocations(Utf8JsonWriter json, CheckReport report, SourceSpan span)
    {
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", Uri(report.RepositoryPath(span.File)));
        json.WriteString("uriBaseId", SourceRoot);
        json.WriteEndObject();
        WriteRegion(json, span);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    /// <summary>1-based lines and columns, the end column just after the region. SARIF requires the end at or after the start; a span that ends before it starts is shown empty.</summary>
    private static void WriteRegion(Utf8JsonWriter json, SourceSpan span)
    {
        var endLine = Math.Max(span.EndLine, span.Line);
        var endColumn = endLine == span.Line ? Math.Max(span.EndColumn, span.Column) : Math.Max(span.EndColumn, 1);
        json.WriteStartObject("region");
        json.WriteNumber("startLine", span.Line);
        json.WriteNumber("startColumn", span.Column);
        json.WriteNumber("endLine", endLine);
        json.WriteNumber("endColumn", endColumn);
        json.WriteEndObject();
    }

    /// <summary>Absent for a finding nothing suppresses. An inline comment is "inSource"; waivers and baselines live outside the checked file ("external").</summary>
    private static void WriteSuppressions(Utf8JsonWriter json, Finding finding)
    {
        if (!finding.Suppressed && finding.Suppression is null)
        {
            return;
        }

        json.WriteStartArray("suppressions");
        json.WriteStartObject();
        if (finding.Suppression is { } why)
        {
            json.WriteString("kind", why.Kind == SuppressionKind.Inline ? "inSource" : "external");
            json.WriteString("justification", SuppressionText.Describe(finding));
        }
        else
        {
            json.WriteString("kind", "external");
        }

        json.WriteEndObject();
        json.WriteEndArray();
    }

    /// <summary>A relative URI reference: each path segment percent-encoded, '/' kept.</summary>
    private static string Uri(string path) => string.Join('/', path.Split('/').Select(System.Uri.EscapeDataString));
}
