using BackupPolicyLint.Reporting.Model;

namespace BackupPolicyLint.Reporting.Markdown;

/// <summary>The Markdown report's verdict line (at the top) and readiness checklist (after the findings).</summary>
internal static class MarkdownAuditRecord
{
    /// <summary>"**Verdict: fail** (fail-on error): `a` fail, `b` pass with waivers".</summary>
    public static void WriteVerdict(CheckReport report, TextWriter output)
    {
        var verdict = ReportVerdict.Of(report);
        var plans = verdict.Plans.Select(p => $"`{MarkdownText.Cell(p.Plan.Name)}` {p.Kind.ToTitle()}").ToList();
        var perPlan = plans.Count > 0 ? $": {string.Join(", ", plans)}" : "";
        output.WriteLine($"**Verdict: {verdict.Overall.ToTitle()}** ({verdict.ThresholdText}){perPlan}");
    }

    /// <summary>One row per item, one verdict column per plan; then, folded, each plan's evidence per item.</summary>
    public static void WriteChecklist(CheckReport report, TextWriter output)
    {
        var checklist = ReadinessChecklist.Of(report);
        output.WriteLine();
        output.WriteLine("### Readiness checklist");
        output.WriteLine();
        output.WriteLine("Neo4j's backup and restore planning guidance, item by item: the verdict per plan, from the rules behind it.");
        if (checklist.Count == 0)
        {
            output.WriteLine();
            output.WriteLine("No plan was read: no item was judged.");
            return;
        }

        output.WriteLine();
        output.WriteLine($"| Item | Rules | {string.Join(" | ", checklist.Select(p => MarkdownText.Cell(p.Plan.Name)))} |");
        output.WriteLine($"| --- | --- |{string.Concat(checklist.Select(_ => " --- |"))}");
        for (var i = 0; i < checklist[0].Entries.Count; i++)
        {
            var item = checklist[0].Entries[i].Item;
            var rules = item.Checked ? string.Join(", ", item.RuleIds) : "none";
            output.WriteLine($"| {MarkdownText.Cell(item.Title)} | {rules} | {string.Join(" | ", checklist.Select(p => p.Entries[i].Verdict.ToTitle()))} |");
        }

        output.WriteLine();
        output.WriteLine("<details><summary>Evidence per plan</summary>");
        foreach (var plan in checklist)
        {
            output.WriteLine();
            output.WriteLine($"#### {MarkdownText.Cell(plan.Plan.Name)}");
            output.WriteLine();
            output.WriteLine("| Item | Verdict | Evidence |");
            output.WriteLine("| --- | --- | --- |");
            foreach (var entry in plan.Entries)
            {
                output.WriteLine($"| {MarkdownText.Cell(entry.Item.Title)} | {entry.Verdict.ToTitle()} | {MarkdownText.Cell(entry.Evidence)} |");
            }
        }

        output.WriteLine();
        output.WriteLine("</details>");
    }
}
