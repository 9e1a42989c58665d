using System.Globalization;
using System.Text.Json;
using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Evaluation;
using BackupPolicyLint.Reporting.Model;

namespace BackupPolicyLint.Reporting;

/// <summary>
/// The audit record of the JSON report, after the outcomes: <c>run</c> (every input), <c>verdict</c> (overall and per plan
/// by --fail-on) and <c>checklist</c> (each readiness item per plan, with its rules and evidence).
/// </summary>
internal static class JsonAuditRecord
{
    public static void Write(Utf8JsonWriter json, CheckReport report)
    {
        WriteRun(json, report);
        WriteVerdict(json, ReportVerdict.Of(report));
        WriteChecklist(json, ReadinessChecklist.Each(report));
    }

    private static void WriteRun(Utf8JsonWriter json, CheckReport report)
    {
        var run = report.Run;
        var inputs = run.Inputs;
        json.WriteStartObject("run");
        // No generation time: JSON stays byte-identical run to run without SOURCE_DATE_EPOCH; "now" is what judged.
        json.WriteString("now", Stamp(run.Now));
        json.WriteBoolean("nowGiven", run.NowGiven);
        Nullable(json, "failOn", run.FailOn?.ToName() ?? "none");
        Strings(json, "paths", run.Paths);
        Nullable(json, "changedSince", run.ChangedSince);
        Strings(json, "planFiles", inputs.PlanFiles);
        Strings(json, "infrastructureFiles", inputs.InfrastructureFiles);
        if (inputs.Backups is { } backups)
        {
            json.WriteStartObject("backups");
            json.WriteString("location", backups.Location);
            Nullable(json, "inspectFile", backups.InspectFile);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("backups");
        }

        json.WriteStartArray("inventories");
        foreach (var inventory in inputs.Inventories)
        {
            json.WriteStartObject();
            json.WriteString("name", inventory.Name);
            json.WriteString("source", inventory.Source);
            json.WriteString("collectedAt", Stamp(inventory.CollectedAt));
            json.WriteString("collectorVersion", inventory.CollectorVersion);
            Nullable(json, "snapshotFile", inventory.SnapshotFile);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        Nullable(json, "config", inputs.ConfigFile);
        Nullable(json, "policy", run.ForcedPolicy);
        json.WriteStartArray("packRoutes");
        foreach (var route in inputs.PackRoutes)
        {
            json.WriteStartObject();
            json.WriteString("pack", route.Pack);
            Strings(json, "environments", route.Environments);
            json.WriteStartObject("labels");
            foreach (var (key, value) in route.Labels.OrderBy(l => l.Key, StringComparer.Ordinal))
            {
                json.WriteString(key, value);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("packs");
        foreach (var pack in report.Packs)
        {
            json.WriteStartObject();
            json.WriteString("name", pack.Name);
            json.WriteString("version", pack.Version);
            json.WriteString("origin", pack.Origin);
            json.WriteString("sha256", pack.ContentHash);
            Strings(json, "plans", report.Plans.Where(p => p.Pack == pack.Name).Select(p => p.Name));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        Strings(json, "ruleSources", inputs.RuleSources);
        Strings(json, "waiverFiles", inputs.WaiverFiles);
        Nullable(json, "baseline", inputs.BaselineFile);
        json.WriteEndObject();
    }

    private static void WriteVerdict(Utf8JsonWriter json, ReportVerdict verdict)
    {
        json.WriteStartObject("verdict");
        json.WriteString("overall", verdict.Overall.ToName());
        json.WriteString("failOn", verdict.FailOn?.ToName() ?? "none");
        json.WriteNumber("failing", verdict.Failing);
        json.WriteNumber("waived", verdict.Waived);
        json.WriteStartArray("plans");
        foreach (var plan in verdict.Plans)
        {
            json.WriteStartObject();
            json.WriteString("plan", plan.Plan.Name);
            json.WriteString("file", plan.Plan.File);
            json.WriteString("verdict", plan.Kind.ToName());
            json.WriteNumber("failing", plan.Failing);
            json.WriteNumber("waived", plan.Waived);
            json.WriteEndObject();
            json.FlushWhenFull();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteChecklist(Utf8JsonWriter json, IEnumerable<PlanChecklist> checklist)
    {
        json.WriteStartArray("checklist");
        foreach (var plan in checklist)
        {
            json.WriteStartObject();
            json.WriteString("plan", plan.Plan.Name);
            json.WriteString("file", plan.Plan.File);
            json.WriteStartArray("items");
            foreach (var entry in plan.Entries)
            {
                json.WriteStartObject();
                json.WriteString("id", entry.Item.Id);
                json.WriteString("title", entry.Item.Title);
                json.WriteString("verdict", entry.Verdict.ToName());
                json.WriteStartArray("rules");
                foreach (var rule in entry.Rules)
                {
                    json.WriteStartObject();
                    json.WriteString("ruleId", rule.RuleId);
                    Nullable(json, "outcome", rule.Outcome?.ToName());
                    Nullable(json, "reason", rule.Reason.Length > 0 ? rule.Reason : null);
                    Strings(json, "findings", rule.Findings.Select(f => f.Fingerprint));
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteString("evidence", entry.Evidence);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.FlushWhenFull();
        }

        json.WriteEndArray();
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
            json.FlushWhenFull();
        }

        json.WriteEndArray();
    }

    private static void Nullable(Utf8JsonWriter json, string name, string? value)
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

    private static string Stamp(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
