using System.Text;
using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Rules;
using BackupPolicyLint.Rules.Controls;
using static BackupPolicyLint.Reporting.Html.HtmlText;

namespace BackupPolicyLint.Reporting.Html;

/// <summary>
/// The findings, grouped by plan (those tied to no plan last) and within a plan by control: the rule's first control of
/// the --controls framework, or its control category without one. A filter by severity and by rule works without
/// scripts (the Content Security Policy forbids them): radio buttons and a select, read by CSS <c>:has()</c> rules
/// generated for the rules this report mentions.
/// </summary>
internal sealed class HtmlFindingsSection(CheckReport report, ControlFramework? controls)
{
    private const string Unplanned = "Not tied to a plan";
    private static readonly string[] Severities = ["error", "warning", "note"];

    /// <summary>Category groups in the catalogue's order; diagnostics (not a category) first.</summary>
    private static readonly List<string> CategoryTitles = Enum.GetValues<RuleCategory>().Select(c => c.ToTitle()).ToList();

    private readonly IReadOnlyList<string> _ruleIds = report.Findings.Select(f => f.RuleId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    /// <summary>Custom rule ids may hold any character: classes and option values use the rule's index instead.</summary>
    private Dictionary<string, int> RuleIndex => _ruleIndex ??= _ruleIds.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);

    private Dictionary<string, int>? _ruleIndex;

    /// <summary>The filter's CSS: for the head, as style elements belong there.</summary>
    public string FilterCss()
    {
        var css = new StringBuilder();
        foreach (var severity in Severities)
        {
            css.AppendLine($"#findings:has(#severity-{severity}:checked) .finding:not(.{severity}-level) {{ display: none; }}");
            css.AppendLine($"#findings:has(#severity-{severity}:checked) .group:not(:has(.finding.{severity}-level)) {{ display: none; }}");
        }

        for (var i = 0; i < _ruleIds.Count; i++)
        {
            css.AppendLine($"#findings:has(#rule-filter option[value=\"{i}\"]:checked) .finding:not(.rule-{i}) {{ display: none; }}");
            css.AppendLine($"#findings:has(#rule-filter option[value=\"{i}\"]:checked) .group:not(:has(.finding.rule-{i})) {{ display: none; }}");
        }

        return css.ToString();
    }

    /// <summary>The plans that have findings, as (anchor, name), for the table of contents.</summary>
    public IEnumerable<(string Anchor, string Name)> PlanAnchors() =>
        Groups().Select((g, i) => ($"findings-plan-{i}", g.Name));

    public void Write(TextWriter output)
    {
        output.WriteLine("<section id=\"findings\">");
        output.WriteLine("<h2>Findings</h2>");
        if (report.Findings.Count == 0)
        {
            output.WriteLine("<p>No findings.</p>");
            output.WriteLine("</section>");
            return;
        }

        WriteFilter(output);
        var index = 0;
        foreach (var (name, file, findings) in Groups())
        {
            output.WriteLine($"<div class=\"plan group\" id=\"findings-plan-{index++}\">");
            output.WriteLine($"<h3>{E(name)} <span class=\"muted\">{E(file)} · {findings.Count} finding{(findings.Count == 1 ? "" : "s")}</span></h3>");
            foreach (var control in findings.GroupBy(ControlOf).OrderBy(g => g.Key.Order).ThenBy(g => g.Key.Label, StringComparer.Ordinal))
            {
                output.WriteLine("<div class=\"group\">");
                output.WriteLine($"<h4>{E(control.Key.Label)}</h4>");
                foreach (var finding in control)
                {
                    WriteFinding(finding, output);
                }

                output.WriteLine("</div>");
            }

            output.WriteLine("</div>");
        }

        output.WriteLine("</section>");
    }

    private void WriteFilter(TextWriter output)
    {
        output.WriteLine("<form class=\"filters\" aria-label=\"Filter findings\">");
        output.Write("<fieldset><legend>Severity</legend>");
        output.Write("<input type=\"radio\" name=\"severity\" id=\"severity-all\" checked><label for=\"severity-all\">all</label>");
        foreach (var severity in Severities)
        {
            output.Write($"<input type=\"radio\" name=\"severity\" id=\"severity-{severity}\"><label for=\"severity-{severity}\">{severity}</label>");
        }

        output.WriteLine("</fieldset>");
        output.Write("<fieldset><legend><label for=\"rule-filter\">Rule</label></legend><select id=\"rule-filter\"><option value=\"all\" selected>all rules</option>");
        for (var i = 0; i < _ruleIds.Count; i++)
        {
            var name = report.Findings.First(f => f.RuleId == _ruleIds[i]).RuleName;
            output.Write($"<option value=\"{i}\">{E(_ruleIds[i])} {E(name)}</option>");
        }

        output.WriteLine("</select></fieldset>");
        output.WriteLine("</form>");
    }

    /// <summary>Plans in report order, then findings tied to no plan (input problems, an unused inventory).</summary>
    private List<(string Name, string File, IReadOnlyList<Finding> Findings)> Groups()
    {
        var byPlan = report.Findings.Where(f => f.PlanId is not null).ToLookup(f => f.PlanId!, StringComparer.Ordinal);
        var known = report.Plans.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var groups = report.Plans
            .Where(p => byPlan[p.Id].Any())
            .Select(p => (p.Name, $"{p.File}:{p.Line}", (IReadOnlyList<Finding>)byPlan[p.Id].ToList()))
            .ToList();
        var rest = report.Findings.Where(f => f.PlanId is null || !known.Contains(f.PlanId)).ToList();
        if (rest.Count > 0)
        {
            groups.Add((Unplanned, "input problems and run findings", rest));
        }

        return groups;
    }

    private (int Order, string Label) ControlOf(Finding finding)
    {
        var rule = report.Rule(finding.RuleId);
        if (controls is { } framework)
        {
            var control = rule?.Controls.FirstOrDefault(c => c.Framework == framework);
            return control is null ? (int.MaxValue, "Input problems (no control)") : (IndexOf(control), control.ToString());
        }

        var category = rule?.Category ?? "Diagnostics";
        var order = CategoryTitles.IndexOf(category);
        return (order, $"Control category: {category}");
    }

    private static int IndexOf(Control control)
    {
        for (var i = 0; i < ControlCatalog.All.Count; i++)
        {
            if (ControlCatalog.All[i] == control)
            {
                return i;
            }
        }

        return int.MaxValue - 1;
    }

    private void WriteFinding(Finding finding, TextWriter output)
    {
        var severity = finding.Severity.ToName();
        var uri = report.Rule(finding.RuleId)?.HelpUri ?? $"{RuleDescriptor.DocsBaseUri}{finding.RuleId}.md";
        var ruleClass = $"rule-{RuleIndex[finding.RuleId]}";
        output.WriteLine($"<div class=\"finding {severity}-level {ruleClass}\">");
        var suppressed = finding.Suppressed ? " " + Badge("suppressed") : "";
        output.WriteLine($"<p>{Badge(severity)}{suppressed} <a href=\"{E(uri)}\">{E(finding.RuleId)}</a> {E(finding.RuleName)} · <code>{E(finding.Span.ToString())}</code></p>");
        output.WriteLine($"<p>{E(finding.Message)}</p>");
        output.WriteLine($"<p class=\"muted\">subject <code>{E(finding.Subject ?? "-")}</code> · fingerprint <code>{E(finding.Fingerprint)}</code></p>");
        if (report.Excerpts.Around(finding.Span) is { } excerpt)
        {
            output.Write("<pre class=\"context\">");
            for (var i = 0; i < excerpt.Lines.Count; i++)
            {
                var number = excerpt.FirstLine + i;
                var hit = number >= finding.Span.Line && number <= finding.Span.EndLine ? " class=\"hit\"" : "";
                output.Write($"<span{hit}><i>{number}</i>{E(excerpt.Lines[i])}</span>");
            }

            output.WriteLine("</pre>");
        }

        output.WriteLine("</div>");
    }
}
