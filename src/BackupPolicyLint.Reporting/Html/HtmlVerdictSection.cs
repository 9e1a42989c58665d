using BackupPolicyLint.Reporting.Model;
using static BackupPolicyLint.Reporting.Html.HtmlText;

namespace BackupPolicyLint.Reporting.Html;

/// <summary>The verdict at the top of the report: overall and per plan, by the --fail-on threshold.</summary>
internal static class HtmlVerdictSection
{
    public static void Write(CheckReport report, TextWriter output)
    {
        var verdict = ReportVerdict.Of(report);
        output.WriteLine("<section id=\"verdict\">");
        output.WriteLine("<h2>Verdict</h2>");
        output.WriteLine($"<p class=\"verdict\">{Badge(verdict.Overall.ToName(), verdict.Overall.ToTitle())} by <code>{E(verdict.ThresholdText)}</code>: {Counts(verdict.Failing, verdict.Waived)}.</p>");
        if (verdict.Plans.Count > 0)
        {
            output.WriteLine("<table><tr><th>Plan</th><th>File</th><th>Pack</th><th>Verdict</th><th class=\"num\">Failing</th><th class=\"num\">Waived</th></tr>");
            foreach (var plan in verdict.Plans)
            {
                output.WriteLine($"<tr><td>{E(plan.Plan.Name)}</td><td><code>{E(plan.Plan.File)}:{plan.Plan.Line}</code></td><td>{E(plan.Plan.Pack)}</td><td>{Badge(plan.Kind.ToName(), plan.Kind.ToTitle())}</td><td class=\"num\">{plan.Failing}</td><td class=\"num\">{plan.Waived}</td></tr>");
            }

            output.WriteLine("</table>");
        }

        output.WriteLine("<p class=\"muted\">Failing: unsuppressed findings at or above the threshold. Waived: findings at or above it that a waiver, an inline suppression or the baseline hides. The overall verdict also counts findings tied to no plan, so it fails exactly when bpl exits 1.</p>");
        output.WriteLine("</section>");
    }

    private static string Counts(int failing, int waived) =>
        $"{failing} failing finding{(failing == 1 ? "" : "s")}, {waived} waived";
}
