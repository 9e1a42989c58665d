using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Reporting.Model;
using static BackupPolicyLint.Reporting.Html.HtmlText;

namespace BackupPolicyLint.Reporting.Html;

/// <summary>
/// The readiness checklist: a matrix of Neo4j's planning guidance items by plan, then per plan each item's verdict with
/// the outcome of every rule behind it and the findings and waivers that decided it.
/// </summary>
internal static class HtmlChecklistSection
{
    public static void Write(CheckReport report, IReadOnlyList<PlanChecklist> checklist, TextWriter output)
    {
        output.WriteLine("<section id=\"checklist\">");
        output.WriteLine("<h2>Readiness checklist</h2>");
        output.WriteLine("<p>One row per item of Neo4j's backup and restore planning guidance. An item fails when a rule behind it fails, is waived when every finding of its rules is suppressed, and passes when a rule judged the plan and none failed; items no rule checks say so.</p>");
        if (checklist.Count == 0)
        {
            output.WriteLine("<p>No plan was read: no item was judged.</p>");
            output.WriteLine("</section>");
            return;
        }

        output.WriteLine($"<table class=\"matrix\"><tr><th>Item</th><th>Rules</th>{string.Concat(checklist.Select((p, i) => $"<th><a href=\"#checklist-plan-{i}\">{E(p.Plan.Name)}</a></th>"))}</tr>");
        for (var row = 0; row < checklist[0].Entries.Count; row++)
        {
            var item = checklist[0].Entries[row].Item;
            var rules = item.Checked ? string.Join(", ", item.RuleIds.Select(id => RuleLink(report, id))) : Muted("none");
            var cells = string.Concat(checklist.Select(p => $"<td>{VerdictBadge(p.Entries[row].Verdict)}</td>"));
            output.WriteLine($"<tr><td>{E(item.Title)}<br><small class=\"muted\">{E(item.Guidance)}</small></td><td>{rules}</td>{cells}</tr>");
        }

        output.WriteLine("</table>");
        for (var i = 0; i < checklist.Count; i++)
        {
            var plan = checklist[i];
            output.WriteLine($"<div class=\"plan\" id=\"checklist-plan-{i}\">");
            output.WriteLine($"<h3>{E(plan.Plan.Name)} <span class=\"muted\">{E(plan.Plan.File)} · pack {E(plan.Plan.Pack)}</span></h3>");
            output.WriteLine("<table><tr><th>Item</th><th>Verdict</th><th>Evidence</th></tr>");
            foreach (var entry in plan.Entries)
            {
                output.WriteLine($"<tr><td>{E(entry.Item.Title)}</td><td>{VerdictBadge(entry.Verdict)}</td><td>{Evidence(entry)}</td></tr>");
            }

            output.WriteLine("</table>");
            output.WriteLine("</div>");
        }

        output.WriteLine("</section>");
    }

    private static string VerdictBadge(ChecklistVerdict verdict) => Badge(verdict.ToName(), verdict.ToTitle());

    private static string Evidence(ChecklistEntry entry)
    {
        if (entry.Rules.Count == 0)
        {
            return Muted("not checked by bpl: no rule judges this item yet");
        }

        var lines = entry.Rules.Select(r => E(r.Describe())).ToList();
        foreach (var finding in entry.Rules.SelectMany(r => r.Findings))
        {
            var status = finding.Suppressed ? $"suppressed ({E(SuppressionText.Describe(finding))})" : E(finding.Severity.ToName());
            lines.Add($"<small><code>{E(finding.Span.ToString())}</code> {status} {E(finding.RuleId)}: {E(finding.Message)}</small>");
        }

        return string.Join("<br>", lines);
    }

    private static string RuleLink(CheckReport report, string id) =>
        report.Rule(id) is { } rule ? $"<a href=\"{E(rule.HelpUri)}\">{E(id)}</a>" : E(id);
}
