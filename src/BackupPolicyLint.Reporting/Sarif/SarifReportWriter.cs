using System.Globalization;
using System.Text.Json;

namespace BackupPolicyLint.Reporting.Sarif;

/// <summary>
/// `--format sarif`: SARIF 2.1.0 for code-scanning dashboards (GitHub, GitLab, Azure DevOps): the rules that ran in the
/// driver, one result per finding (none for passes). Streamed: each result is written to the output as it is made; what
/// the log says about the whole run (the rules, which results --max-results keeps) comes from the report first.
/// </summary>
/// <param name="options">The invocation (exit code, times) and --max-results; null for a log without an invocation.</param>
internal sealed class SarifReportWriter(SarifRunOptions? options = null) : IReportWriter
{
    public const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    public void Write(CheckReport report, TextWriter output)
    {
        var selection = SarifResultSelection.Of(report.Findings, options?.MaxResults);
        JsonDocumentOutput.Write(output, json =>
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            WriteRun(json, report, selection);
            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private void WriteRun(Utf8JsonWriter json, CheckReport report, SarifResultSelection selection)
    {
        json.WriteStartObject();
        WriteTool(json, report);
        json.WriteStartObject("automationDetails");
        // A category only (it ends in '/'): code scanning keeps runs over different paths apart, replaces those of the same.
        json.WriteString("id", $"{CheckReport.ToolName}/{string.Join('+', report.Run.Paths.DefaultIfEmpty("."))}/");
        json.WriteEndObject();
        if (options is not null)
        {
            WriteInvocation(json, options, selection, report.Findings.Count);
        }

        var ruleIndex = report.Rules.Select((rule, index) => (rule.Id, index)).ToDictionary(x => x.Id, x => x.index, StringComparer.Ordinal);
        json.WriteStartArray("results");
        foreach (var finding in selection.Kept(report.Findings))
        {
            SarifResultJson.Write(json, report, finding, ruleIndex);
            json.FlushWhenFull();
        }

        json.WriteEndArray();
        WriteRunProperties(json, report, selection);
        // Columns count UTF-16 code units, as the YAML reader's do.
        json.WriteString("columnKind", "utf16CodeUnits");
        json.WriteEndObject();
    }

    private static void WriteTool(Utf8JsonWriter json, CheckReport report)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", CheckReport.ToolName);
        json.WriteString("version", report.ToolVersion);
        json.WriteString("semanticVersion", report.ToolVersion);
        json.WriteString("informationUri", CheckReport.InformationUri);
        json.WriteStartArray("rules");
        foreach (var rule in report.Rules)
        {
            SarifRuleJson.Write(json, rule);
            json.FlushWhenFull();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>
    /// How the tool ran: its exit code, that it ran to the end (a run that finds problems still succeeded; an unusable
    /// command line never gets this far), when, and a note when --max-results left results out.
    /// </summary>
    private static void WriteInvocation(Utf8JsonWriter json, SarifRunOptions options, SarifResultSelection selection, int found)
    {
        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteNumber("exitCode", options.ExitCode);
        json.WriteBoolean("executionSuccessful", true);
        json.WriteString("startTimeUtc", Utc(options.StartTime));
        json.WriteString("endTimeUtc", Utc(options.EndTime));
        if (selection.Truncated)
        {
            json.WriteStartArray("toolExecutionNotifications");
            json.WriteStartObject();
            json.WriteString("level", "warning");
            json.WriteStartObject("message");
            json.WriteString(
                "text",
                $"results truncated: {selection.Count} of {found} results are in this log (--max-results {options.MaxResults}), the most severe first; the json or html report lists all of them");
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteEndArray();
    }

    /// <summary>
    /// The run's property bag: the policy packs that judged it (with content hashes and their plans), --now and
    /// --changed-since; and when --max-results left results out, how many the run found.
    /// </summary>
    private static void WriteRunProperties(Utf8JsonWriter json, CheckReport report, SarifResultSelection selection)
    {
        json.WriteStartObject("properties");
        json.WriteStartArray("policyPacks");
        foreach (var pack in report.Packs)
        {
            json.WriteStartObject();
            json.WriteString("name", pack.Name);
            json.WriteString("version", pack.Version);
            json.WriteString("origin", pack.Origin);
            json.WriteString("contentHash", pack.ContentHash);
            json.WriteStartArray("plans");
            foreach (var plan in report.Plans.Where(plan => plan.Pack == pack.Name))
            {
                json.WriteStringValue(plan.Name);
                json.FlushWhenFull();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteString("now", Utc(report.Run.Now));
        if (report.Run.ChangedSince is { } changedSince)
        {
            json.WriteString("changedSince", changedSince);
        }

        if (selection.Truncated)
        {
            json.WriteNumber("resultsFound", report.Findings.Count);
            json.WriteBoolean("resultsTruncated", true);
        }

        json.WriteEndObject();
    }

    private static string Utc(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
