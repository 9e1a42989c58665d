using System.Globalization;
using System.Text;
using System.Xml;
using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Evaluation;
using BackupPolicyLint.Reporting.Model;

namespace BackupPolicyLint.Reporting.JUnit;

/// <summary>
/// `--format junit`: one testsuite per file; in it one testcase for the input itself (parse, schema, references) and
/// one per plan and rule evaluated. A failing rule's findings are its failure; waived, not-applicable and not-evaluated
/// rules are skipped with the reason. Shape of the common JUnit XML that Jenkins, GitLab and Azure DevOps read.
/// A case fails only for a finding at or above <paramref name="failOn"/> (the run's --fail-on): GitLab shows failed
/// tests in a merge request even when the job passed, so notes and warnings below the threshold leave their case
/// passed, with the findings in its &lt;system-out&gt; (which GitLab shows in the test's details).
/// </summary>
/// <param name="failOn">--fail-on; null (none) fails no case.</param>
internal sealed class JUnitReportWriter(Severity? failOn = Severity.Error) : IReportWriter
{
    private const string InputCase = "input: parse, schema and references";

    private static readonly XmlWriterSettings Settings = new()
    {
        Indent = true,
        Encoding = new UTF8Encoding(false),
        NewLineChars = "\n",
    };

    public void Write(CheckReport report, TextWriter output)
    {
        // Lookups, not scans: a repository of many plans has tens of thousands of outcomes.
        var outcomesByFile = report.Outcomes.ToLookup(o => o.PlanFile, StringComparer.Ordinal);
        var diagnosticsByFile = report.Findings.Where(f => DiagnosticIds.IsDiagnostic(f.RuleId)).ToLookup(f => f.Span.File, StringComparer.Ordinal);
        var findingsByEvaluation = report.Findings.Where(f => f.PlanId is not null).ToLookup(f => (f.PlanId!, f.RuleId));
        var plansByFile = report.Plans.ToLookup(p => p.File, StringComparer.Ordinal);
        var suites = report.Files.Select(file => Suite(file, diagnosticsByFile[file], outcomesByFile[file], findingsByEvaluation, failOn)).ToList();
        // Streamed to the output as UTF-8 (so the declaration says utf-8 whatever the output is), not collected first.
        using (var stream = new Utf8TextWriterStream(output))
        using (var xml = XmlWriter.Create(stream, Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("testsuites");
            xml.WriteAttributeString("name", CheckReport.ToolName);
            WriteCounts(xml, suites.SelectMany(s => s.Cases).ToList());
            foreach (var suite in suites)
            {
                WriteSuite(xml, report, suite, plansByFile[suite.File]);
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        output.WriteLine();
    }

    private static TestSuite Suite(string file, IEnumerable<Finding> diagnostics, IEnumerable<RuleOutcome> outcomes, ILookup<(string, string), Finding> findingsByEvaluation, Severity? failOn)
    {
        var cases = new List<TestCase> { new(file, InputCase, OutcomeKind.Pass, "", diagnostics.ToList(), failOn) };
        foreach (var outcome in outcomes)
        {
            var findings = findingsByEvaluation[(outcome.Evaluation.Plan.Id, outcome.Rule.Id)].ToList();
            cases.Add(new TestCase(outcome.PlanName, $"{outcome.Rule.Id} {outcome.Rule.Name}", outcome.Kind, outcome.Reason, findings, failOn));
        }

        return new TestSuite(file, cases);
    }

    private static void WriteSuite(XmlWriter xml, CheckReport report, TestSuite suite, IEnumerable<PlanSummary> plans)
    {
        xml.WriteStartElement("testsuite");
        xml.WriteAttributeString("name", XmlText.Clean(suite.File));
        WriteCounts(xml, suite.Cases);
        xml.WriteAttributeString("timestamp", report.Run.GeneratedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture));
        xml.WriteStartElement("properties");
        WriteProperty(xml, "bpl.version", report.ToolVersion);
        WriteProperty(xml, "bpl.now", report.Run.Now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        foreach (var plan in plans)
        {
            WriteProperty(xml, $"bpl.plan.{plan.Name}.pack", plan.Pack);
        }

        xml.WriteEndElement();
        foreach (var test in suite.Cases)
        {
            WriteCase(xml, suite.File, test);
        }

        xml.WriteEndElement();
    }

    private static void WriteCase(XmlWriter xml, string file, TestCase test)
    {
        xml.WriteStartElement("testcase");
        xml.WriteAttributeString("classname", XmlText.Clean(test.ClassName));
        xml.WriteAttributeString("name", XmlText.Clean(test.Name));
        xml.WriteAttributeString("file", XmlText.Clean(file));
        var reported = test.Findings.Where(f => !f.Suppressed).ToList();
        if (test.Outcome is OutcomeKind.Waived or OutcomeKind.NotApplicable or OutcomeKind.NotEvaluated)
        {
            xml.WriteStartElement("skipped");
            var why = test.Outcome == OutcomeKind.Waived
                ? string.Join(" | ", test.Findings.Where(f => f.Suppressed).Select(SuppressionText.Describe).Distinct(StringComparer.Ordinal))
                : test.Reason;
            xml.WriteAttributeString("message", XmlText.Clean($"{test.Outcome.ToName()}: {why}"));
            xml.WriteEndElement();
        }
        else if (!test.Fails && reported.Count > 0)
        {
            // Below --fail-on: a passed case that still shows what was found.
            xml.WriteElementString("system-out", XmlText.Clean(string.Join("\n", reported.Select(Line))));
        }
        else if (reported.Count > 0)
        {
            var first = reported[0];
            xml.WriteStartElement("failure");
            xml.WriteAttributeString("type", reported.Min(f => f.Severity).ToName());
            xml.WriteAttributeString("message", XmlText.Clean(reported.Count == 1 ? first.Message : $"{reported.Count} findings; first: {first.Message}"));
            xml.WriteString(XmlText.Clean(string.Join("\n", reported.Select(Line))));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static string Line(Finding f) =>
        $"{f.Span.File}:{f.Span.Line}:{f.Span.Column}: {f.Severity.ToName()} {f.RuleId} {f.RuleName}: {f.Message}";

    private static void WriteCounts(XmlWriter xml, IReadOnlyList<TestCase> cases)
    {
        xml.WriteAttributeString("tests", cases.Count.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("failures", cases.Count(c => c.Fails).ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("errors", "0");
        xml.WriteAttributeString("skipped", cases.Count(c => c.Skipped).ToString(CultureInfo.InvariantCulture));
    }

    private static void WriteProperty(XmlWriter xml, string name, string value)
    {
        xml.WriteStartElement("property");
        xml.WriteAttributeString("name", XmlText.Clean(name));
        xml.WriteAttributeString("value", XmlText.Clean(value));
        xml.WriteEndElement();
    }

    private sealed record TestSuite(string File, IReadOnlyList<TestCase> Cases);

    /// <summary>The input case has no outcome of its own: it fails when the file has an unsuppressed diagnostic at or above --fail-on.</summary>
    private sealed record TestCase(string ClassName, string Name, OutcomeKind Outcome, string Reason, IReadOnlyList<Finding> Findings, Severity? FailOn)
    {
        public bool Skipped => Outcome is OutcomeKind.Waived or OutcomeKind.NotApplicable or OutcomeKind.NotEvaluated;
        public bool Fails => !Skipped && FailOn is { } threshold && Findings.Any(f => !f.Suppressed && f.Severity <= threshold);
    }
}
