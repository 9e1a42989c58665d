using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Evaluation;
using BackupPolicyLint.Reporting.Model;
using BackupPolicyLint.Rules;
using BackupPolicyLint.Rules.Controls;
using static BackupPolicyLint.Reporting.Html.HtmlText;

using BackupPolicyLint.Suppressions;

namespace BackupPolicyLint.Reporting.Html;

/// <summary>
/// `--format html`: one self-contained page for an audit folder (no scripts, no external assets; a Content Security
/// Policy forbids them): contents, the verdict, every input of the run, the readiness checklist, summary per plan and
/// per category (or per control with --controls) with a bar chart, evidence of coverage, every rule outcome, findings
/// by plan and control with their source lines and a script-free filter, and the waivers in force.
/// </summary>
internal sealed class HtmlReportWriter(ControlFramework? controls) : IReportWriter
{
    public void Write(CheckReport report, TextWriter output)
    {
        var findings = new HtmlFindingsSection(report, controls);
        var checklist = ReadinessChecklist.Of(report);
        output.WriteLine("<!DOCTYPE html>");
        output.WriteLine("<html lang=\"en\">");
        output.WriteLine("<head>");
        output.WriteLine("<meta charset=\"utf-8\">");
        output.WriteLine("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">");
        output.WriteLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        output.WriteLine($"<title>Backup policy audit report — {E(Stamp(report.Run.Now))}</title>");
        output.WriteLine($"<style>{HtmlStyles.Css}</style>");
        output.WriteLine($"<style>{findings.FilterCss()}</style>");
        output.WriteLine("</head>");
        output.WriteLine("<body>");
        output.WriteLine("<header>");
        output.WriteLine("<h1>Backup policy audit report</h1>");
        output.WriteLine($"<p class=\"muted\">{E(CheckReport.ToolName)} {E(report.ToolVersion)} · evaluated as of {E(Stamp(report.Run.Now))} · {E(TextReportWriter.SummaryLine(report))}</p>");
        output.WriteLine("</header>");
        WriteContents(findings, checklist, output);
        HtmlVerdictSection.Write(report, output);
        HtmlRunSection.Write(report, output);
        HtmlChecklistSection.Write(report, checklist, output);
        WriteSummary(report, output);
        WriteEvidence(report, output);
        WriteOutcomes(report, output);
        findings.Write(output);
        WriteWaivers(report, output);
        output.WriteLine("</body>");
        output.WriteLine("</html>");
    }

    /// <summary>The table of contents: every section, with the plans under the checklist and the findings.</summary>
    private static void WriteContents(HtmlFindingsSection findings, IReadOnlyList<PlanChecklist> checklist, TextWriter output)
    {
        static string Plans(IEnumerable<(string Anchor, string Name)> plans)
        {
            var items = plans.Select(p => $"<li><a href=\"#{p.Anchor}\">{E(p.Name)}</a></li>").ToList();
            return items.Count > 0 ? $"<ol>{string.Concat(items)}</ol>" : "";
        }

        output.WriteLine("<nav id=\"contents\" aria-label=\"Contents\">");
        output.WriteLine("<h2>Contents</h2>");
        output.WriteLine("<ol>");
        output.WriteLine("<li><a href=\"#verdict\">Verdict</a></li>");
        output.WriteLine("<li><a href=\"#run\">Run: every input</a></li>");
        output.WriteLine($"<li><a href=\"#checklist\">Readiness checklist</a>{Plans(checklist.Select((p, i) => ($"checklist-plan-{i}", p.Plan.Name)))}</li>");
        output.WriteLine("<li><a href=\"#summary\">Summary</a></li>");
        output.WriteLine("<li><a href=\"#evidence\">Evidence of coverage</a></li>");
        output.WriteLine("<li><a href=\"#outcomes\">Rule outcomes</a></li>");
        output.WriteLine($"<li><a href=\"#findings\">Findings</a>{Plans(findings.PlanAnchors())}</li>");
        output.WriteLine("<li><a href=\"#waivers\">Waivers</a></li>");
        output.WriteLine("</ol>");
        output.WriteLine("</nav>");
    }

    private void WriteSummary(CheckReport report, TextWriter output)
    {
        output.WriteLine("<section id=\"summary\">");
        output.WriteLine("<h2>Summary</h2>");
        output.WriteLine("<div class=\"cards\">");
        Card(output, report.Count(Severity.Error), "errors");
        Card(output, report.Count(Severity.Warning), "warnings");
        Card(output, report.Count(Severity.Note), "notes");
        Card(output, report.SuppressedCount, "suppressed");
        foreach (var kind in OutcomeKindNames.All)
        {
            Card(output, report.Count(kind), $"rules {kind.ToName().Replace('-', ' ')}");
        }

        output.WriteLine("</div>");
        output.WriteLine("<h3>Per plan</h3>");
        output.WriteLine($"<table><tr><th>Plan</th><th>File</th><th>Environment</th><th>Pack</th>{OutcomeHeaders()}<th class=\"num\">Findings</th></tr>");
        // Plan by plan, each with its own outcomes and findings: one pass, not one over the whole run per plan.
        foreach (var (plan, outcomes, planFindings) in report.PlanReports)
        {
            var findings = planFindings.Count(f => !f.Suppressed);
            output.WriteLine($"<tr><td>{E(plan.Name)}</td><td><code>{E(plan.File)}:{plan.Line}</code></td><td>{E(plan.Environment)}</td><td>{E(plan.Pack)}</td>{OutcomeCells(outcomes)}<td class=\"num\">{findings}</td></tr>");
        }

        output.WriteLine("</table>");
        var groups = controls is { } framework
            ? ControlCatalog.All.Where(c => c.Framework == framework)
                .Select(c => (Label: $"{c.Id} {c.Title}", Outcomes: report.Outcomes.Where(o => o.Rule.Controls.Contains(c)).ToList()))
                .ToList()
            : Enum.GetValues<RuleCategory>()
                .Select(c => (Label: c.ToTitle(), Outcomes: report.Outcomes.Where(o => o.Rule.Category == c).ToList()))
                .Where(g => g.Outcomes.Count > 0)
                .ToList();
        var heading = controls is { } f ? $"Per control ({f.ToTitle()})" : "Per control category";
        output.WriteLine($"<h3>{E(heading)}</h3>");
        output.WriteLine($"<table><tr><th>{(controls is null ? "Category" : "Control")}</th>{OutcomeHeaders()}</tr>");
        foreach (var (label, outcomes) in groups)
        {
            output.WriteLine($"<tr><td>{E(label)}</td>{OutcomeCells(outcomes)}</tr>");
        }

        output.WriteLine("</table>");
        var rows = groups
            .Select(g => (Label: Truncate(g.Label, 34), Counts: (IReadOnlyDictionary<OutcomeKind, int>)OutcomeKindNames.All.ToDictionary(k => k, k => g.Outcomes.Count(o => o.Kind == k))))
            .ToList();
        output.WriteLine($"<figure>{HtmlBarChart.Render(heading, rows)}<figcaption class=\"muted\">Rule outcomes {E(heading.ToLowerInvariant())}, all plans together.</figcaption></figure>");
        output.WriteLine("</section>");
    }

    private static void WriteEvidence(CheckReport report, TextWriter output)
    {
        output.WriteLine("<section id=\"evidence\">");
        output.WriteLine("<h2>Evidence: databases and the jobs that back them up</h2>");
        if (report.Plans.Count == 0)
        {
            output.WriteLine("<p>No plan was read.</p>");
        }

        foreach (var plan in report.Plans)
        {
            var dbms = string.Join(", ", new[] { plan.Edition, plan.Topology }.Where(x => x is not null));
            output.WriteLine($"<h3>{E(plan.Name)} <span class=\"muted\">{E(dbms)}</span></h3>");
            output.WriteLine("<table><tr><th>Database</th><th>Covered by (backup or dump jobs)</th></tr>");
            foreach (var database in plan.Databases)
            {
                var jobs = database.CoveringJobs.Count > 0
                    ? string.Join(", ", database.CoveringJobs.Select(j => $"<code>{E(j)}</code>"))
                    : "<span class=\"badge fail\">not covered</span>";
                output.WriteLine($"<tr><td>{E(database.Name)}</td><td>{jobs}</td></tr>");
            }

            output.WriteLine("</table>");
        }

        output.WriteLine("</section>");
    }

    private static void WriteOutcomes(CheckReport report, TextWriter output)
    {
        output.WriteLine("<section id=\"outcomes\">");
        output.WriteLine("<h2>Rule outcomes</h2>");
        foreach (var plan in report.Outcomes.GroupBy(o => o.Evaluation.Plan.Id))
        {
            var first = plan.First();
            output.WriteLine($"<h3>{E(first.PlanName)} <span class=\"muted\">{E(first.PlanFile)} · pack {E(first.Evaluation.Pack)}</span></h3>");
            output.WriteLine("<table><tr><th>Rule</th><th>Outcome</th><th>Reason</th><th class=\"num\">Findings</th><th>Controls</th></tr>");
            foreach (var outcome in plan)
            {
                var rule = outcome.Rule;
                var controlIds = string.Join(", ", rule.Controls.Select(c => c.Id));
                output.WriteLine($"<tr><td><a href=\"{E(rule.HelpUri)}\">{E(rule.Id)}</a> {E(rule.Name)}</td><td>{Badge(outcome.Kind.ToName())}</td><td>{E(outcome.Reason)}</td><td class=\"num\">{outcome.FindingCount}</td><td>{E(controlIds)}</td></tr>");
            }

            output.WriteLine("</table>");
        }

        if (report.Outcomes.Count == 0)
        {
            output.WriteLine("<p>No rule ran: no plan was read.</p>");
        }

        output.WriteLine("</section>");
    }

    private static void WriteWaivers(CheckReport report, TextWriter output)
    {
        output.WriteLine("<section id=\"waivers\">");
        output.WriteLine("<h2>Waivers</h2>");
        var suppressed = report.Findings.Where(f => f.Suppressed).ToList();
        if (suppressed.Count == 0)
        {
            output.WriteLine("<p>No waivers in force: no finding of this run is waived or suppressed.</p>");
        }
        else
        {
            output.WriteLine("<table><tr><th>Finding</th><th>Location</th><th>Justification</th><th>Owner</th><th>Expires</th></tr>");
            foreach (var finding in suppressed)
            {
                var why = finding.Suppression;
                var justification = why is null ? "<span class=\"muted\">not recorded</span>" : $"{E(why.Kind.ToName())} at <code>{E(why.DeclaredAt)}</code>: {E(why.Justification)}";
                var owner = why?.Owner is { } name ? E(name) : "<span class=\"muted\">not recorded</span>";
                var expires = why?.Expires is { } date ? E(SuppressionText.Date(date)) : "<span class=\"muted\">none</span>";
                output.WriteLine($"<tr><td>{E(finding.RuleId)} {E(finding.Message)}</td><td><code>{E(finding.Span.ToString())}</code></td><td>{justification}</td><td>{owner}</td><td>{expires}</td></tr>");
            }

            output.WriteLine("</table>");
        }

        if (report.Waivers.Count > 0)
        {
            output.WriteLine("<h3>Waiver files</h3>");
            output.WriteLine("<table><tr><th>Waiver</th><th>Rule</th><th>Target</th><th>Owner</th><th>Expires</th><th>State</th><th class=\"num\">Suppressed</th></tr>");
            foreach (var use in report.Waivers)
            {
                var waiver = use.Waiver;
                var target = string.Join(", ", new[] { ("plan", waiver.Plan), ("file", waiver.FileGlob), ("subject", waiver.Subject) }
                    .Where(t => t.Item2 is not null).Select(t => $"{t.Item1} {t.Item2}"));
                output.WriteLine($"<tr><td><code>{E(waiver.DeclaredAt)}</code></td><td>{E(waiver.RuleId)}</td><td>{(target.Length == 0 ? "<span class=\"muted\">every plan</span>" : E(target))}</td><td>{(waiver.Owner is { } owner ? E(owner) : "<span class=\"muted\">not recorded</span>")}</td><td>{(waiver.Expires is { } date ? E(SuppressionText.Date(date)) : "<span class=\"muted\">none</span>")}</td><td>{E(use.State.ToName())}</td><td class=\"num\">{use.Suppressed}</td></tr>");
            }

            output.WriteLine("</table>");
        }

        output.WriteLine("</section>");
    }

    private static string OutcomeHeaders() => string.Concat(OutcomeKindNames.All.Select(k => $"<th class=\"num\">{E(k.ToName())}</th>"));

    private static string OutcomeCells(IReadOnlyList<RuleOutcome> outcomes) =>
        string.Concat(OutcomeKindNames.All.Select(k => $"<td class=\"num\">{outcomes.Count(o => o.Kind == k)}</td>"));

    private static void Card(TextWriter output, int count, string label) =>
        output.WriteLine($"<div class=\"card\"><b>{count}</b>{E(label)}</div>");

    private static string Truncate(string text, int length) => text.Length <= length ? text : $"{text[..(length - 1)]}…";
}
