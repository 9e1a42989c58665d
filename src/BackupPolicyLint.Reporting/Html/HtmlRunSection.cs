using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Reporting.Model;
using static BackupPolicyLint.Reporting.Html.HtmlText;

namespace BackupPolicyLint.Reporting.Html;

/// <summary>
/// The Run section: every input of the run as the pipeline recorded it (<see cref="RunInputs"/>), so the report can be
/// reproduced and never claims an input was absent when it was used.
/// </summary>
internal static class HtmlRunSection
{
    public static void Write(CheckReport report, TextWriter output)
    {
        var run = report.Run;
        var inputs = run.Inputs;
        output.WriteLine("<section id=\"run\">");
        output.WriteLine("<h2>Run</h2>");
        output.WriteLine("<table>");
        Row(output, "Report generated", E(Stamp(run.GeneratedAt)));
        Row(output, "Evaluated as of", E(Stamp(run.Now)) + (run.NowGiven ? " (<code>--now</code>)" : " (the clock; no <code>--now</code>)"));
        Row(output, "Fail on", run.FailOn is { } failOn
            ? $"<code>--fail-on {E(failOn.ToName())}</code>: an unsuppressed finding of this severity or above fails the run"
            : "<code>--fail-on none</code>: no finding fails the run");
        Row(output, "Tool", $"{E(CheckReport.ToolName)} {E(report.ToolVersion)}");
        Row(output, "Paths given", string.Join(" ", run.Paths.Select(Code)));
        Row(output, $"Plan files ({inputs.PlanFiles.Count})", Paths(inputs.PlanFiles, "none: no file held a backup plan"));
        Row(output, $"Infrastructure files ({inputs.InfrastructureFiles.Count})", Paths(inputs.InfrastructureFiles, "none analysed"));
        Row(output, "Backup location", inputs.Backups is { } backups
            ? $"<code>--backups {E(backups.Location)}</code>" + (backups.InspectFile is { } inspect ? $" with <code>--backup-inspect {E(inspect)}</code>" : " (no <code>--backup-inspect</code>: chains read from artifact names)")
            : Muted("none given (--backups): rules that need the artifacts say not evaluated"));
        Row(output, $"Inventories ({inputs.Inventories.Count})", inputs.Inventories.Count == 0
            ? Muted("none given (--inventory, --neo4j-uri): rules that compare with the running DBMS say not evaluated")
            : string.Join("<br>", inputs.Inventories.Select(Inventory)));
        Row(output, "Config", inputs.ConfigFile is { } config ? Code(config) : Muted("none (no .bpl.yaml found, or --no-config)"));
        Row(output, "Pack choice", PackChoice(run));
        Row(output, "Custom rules", Paths(inputs.RuleSources, "none"));
        Row(output, "Waiver files", Paths(inputs.WaiverFiles, "none"));
        Row(output, "Baseline", inputs.BaselineFile is { } baseline ? Code(baseline) : Muted("none"));
        if (run.ChangedSince is { } since)
        {
            Row(output, "Changed since", $"<code>{E(since)}</code>: only files changed since then are reported");
        }

        Row(output, "Files checked", $"{report.FilesChecked}" + (report.Files.Count > 0 ? $"<br>{string.Join("<br>", report.Files.Select(Code))}" : ""));
        output.WriteLine("</table>");
        output.WriteLine("<h3>Policy packs</h3>");
        output.WriteLine("<table><tr><th>Pack</th><th>Version</th><th>Origin</th><th>SHA-256 of its text</th><th>Plans judged</th></tr>");
        foreach (var pack in report.Packs)
        {
            var plans = report.Plans.Where(p => p.Pack == pack.Name).Select(p => E(p.Name)).ToList();
            output.WriteLine($"<tr><td>{E(pack.Name)}</td><td>{E(pack.Version)}</td><td>{E(pack.Origin)}</td><td><code>{E(pack.ContentHash)}</code></td><td>{(plans.Count > 0 ? string.Join(", ", plans) : "<span class=\"muted\">none</span>")}</td></tr>");
        }

        output.WriteLine("</table>");
        output.WriteLine("</section>");
    }

    private static string Inventory(InventoryInput inventory)
    {
        var where = inventory.SnapshotFile is { } file ? $"snapshot <code>{E(file)}</code>, collected" : "collected live in this run";
        return $"{E(inventory.Name)}: {where} from <code>{E(inventory.Source)}</code> at {E(Stamp(inventory.CollectedAt))} by bpl {E(inventory.CollectorVersion)}";
    }

    private static string PackChoice(RunInfo run)
    {
        if (run.ForcedPolicy is { } forced)
        {
            return $"<code>--policy {E(forced)}</code> for every plan";
        }

        var builtIn = "the built-in pack of each plan's environment (production when no pack names it)";
        if (run.Inputs.PackRoutes.Count == 0)
        {
            return E(builtIn);
        }

        var routes = run.Inputs.PackRoutes.Select(r =>
        {
            var environments = r.Environments.Count > 0 ? $"environments {string.Join(", ", r.Environments)}" : "any environment";
            var labels = r.Labels.Count > 0 ? $", labels {string.Join(", ", r.Labels.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => $"{l.Key}={l.Value}"))}" : "";
            return $"<li>pack <code>{E(r.Pack)}</code> for {E(environments + labels)}</li>";
        });
        return $"the config's routes, first match wins:<ol>{string.Concat(routes)}</ol>then {E(builtIn)}";
    }
}
