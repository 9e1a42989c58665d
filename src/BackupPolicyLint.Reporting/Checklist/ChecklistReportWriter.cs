using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Reporting.Model;
using BackupPolicyLint.Rules.Readiness;

namespace BackupPolicyLint.Reporting.Checklist;

/// <summary>
/// `--format checklist`: the readiness checklist as text, for a readiness review: the verdict, then per plan one line
/// per item of Neo4j's backup and restore planning guidance with its verdict, the outcome of each rule behind it, and
/// the findings (and waivers) that decided it.
/// </summary>
internal sealed class ChecklistReportWriter : IReportWriter
{
    public void Write(CheckReport report, TextWriter output)
    {
        var verdict = ReportVerdict.Of(report);
        output.WriteLine("Readiness checklist: Neo4j backup and restore planning");
        output.WriteLine($"Verdict: {verdict.Overall.ToTitle()} ({verdict.ThresholdText}; {verdict.Failing} failing, {verdict.Waived} waived at or above it)");
        var checklist = ReadinessChecklist.Of(report);
        if (checklist.Count == 0)
        {
            output.WriteLine();
            output.WriteLine("No plan was read: no item was judged.");
        }

        var width = Enum.GetValues<ChecklistVerdict>().Max(v => v.ToTitle().Length) + 2;
        foreach (var (plan, planVerdict) in checklist.Zip(verdict.Plans))
        {
            output.WriteLine();
            output.WriteLine($"{OneLine(plan.Plan.Name)} ({OneLine(plan.Plan.File)}:{plan.Plan.Line}, pack {OneLine(plan.Plan.Pack)}): {planVerdict.Kind.ToTitle()}");
            foreach (var entry in plan.Entries)
            {
                output.WriteLine($"  {$"[{entry.Verdict.ToTitle()}]".PadRight(width)} {entry.Item.Title}");
                output.WriteLine($"  {"".PadRight(width)}   {OneLine(entry.Evidence)}");
                foreach (var finding in entry.Rules.SelectMany(r => r.Findings))
                {
                    var span = finding.Span;
                    var why = finding.Suppressed ? $" [{SuppressionText.Describe(finding)}]" : "";
                    output.WriteLine($"  {"".PadRight(width)}   - {OneLine(span.File)}:{span.Line}:{span.Column}: {(finding.Suppressed ? "suppressed" : finding.Severity.ToName())} {finding.RuleId}: {OneLine(finding.Message)}{OneLine(why)}");
                }
            }
        }

        output.WriteLine();
        output.WriteLine($"{ReadinessCatalog.Items.Count} items, {ReadinessCatalog.Items.Count(i => !i.Checked)} not checked by bpl; {TextReportWriter.SummaryLine(report)}");
    }

    /// <summary>Text from input on one line, its control and bidirectional characters shown as escapes (as the text format does).</summary>
    private static string OneLine(string text) => VisibleText.Escape(text);
}
