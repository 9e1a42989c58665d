using System.Xml.Linq;
using BackupPolicyLint.Reporting.JUnit;
using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Tests.Reporting;

public sealed class JUnitReportWriterTests
{
    [Fact]
    public void Examples_ShouldGiveOneSuitePerFileAndOneCasePerEvaluatedRule()
    {
        var report = Checks.Run(Repo.Root, "examples");

        var xml = XDocument.Parse(Reports.Write(new JUnitReportWriter(), report));

        var suites = xml.Root!.Elements("testsuite").ToList();
        Assert.Equal("testsuites", xml.Root.Name.LocalName);
        Assert.Equal(report.Files, suites.Select(s => (string)s.Attribute("name")!));
        foreach (var suite in suites)
        {
            var file = (string)suite.Attribute("name")!;
            var cases = suite.Elements("testcase").ToList();
            Assert.Equal(1 + report.Outcomes.Count(o => o.PlanFile == file), cases.Count);
            Assert.Equal(cases.Count, (int)suite.Attribute("tests")!);
            Assert.Equal(cases.Count(c => c.Element("failure") is not null), (int)suite.Attribute("failures")!);
            Assert.Equal(cases.Count(c => c.Element("skipped") is not null), (int)suite.Attribute("skipped")!);
        }

        // With the default --fail-on error, a failed rule is a failed case only when one of its findings is an error.
        var failing = report.Outcomes.Count(o => o.Kind == BackupPolicyLint.Evaluation.OutcomeKind.Fail
            && report.Findings.Any(f => !f.Suppressed && f.PlanId == o.Evaluation.Plan.Id && f.RuleId == o.Rule.Id && f.Severity == BackupPolicyLint.Diagnostics.Severity.Error));
        Assert.Equal(failing + 1, (int)xml.Root.Attribute("failures")!);
        var bpl201 = suites.SelectMany(s => s.Elements("testcase")).Single(c => (string)c.Attribute("classname")! == "payments-analytics" && ((string)c.Attribute("name")!).StartsWith("BPL201", StringComparison.Ordinal));
        Assert.Contains("examples/flawed-prod/payments-prod.yaml:182:7", bpl201.Element("failure")!.Value, StringComparison.Ordinal);
        var skipped = suites.SelectMany(s => s.Elements("testcase")).First(c => c.Element("skipped") is not null);
        Assert.StartsWith("not-applicable: ", (string)skipped.Element("skipped")!.Attribute("message")!, StringComparison.Ordinal);
    }

    [Fact]
    public void CharactersXmlCannotHold_ShouldNotBreakTheDocument()
    {
        var report = Reports.Of(Reports.Finding("bad \u0000 \u001b[31m byte", ruleId: "BPL003"));

        var xml = XDocument.Parse(Reports.Write(new JUnitReportWriter(), report));

        var failure = xml.Descendants("failure").Single();
        Assert.Contains("bad \uFFFD \uFFFD[31m byte", (string)failure.Attribute("message")!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(BackupPolicyLint.Diagnostics.Severity.Error, false)]
    [InlineData(BackupPolicyLint.Diagnostics.Severity.Warning, true)]
    [InlineData(null, false)]
    public void WarningBelowFailOn_ShouldBeAPassedCaseWithTheFindingInSystemOut(BackupPolicyLint.Diagnostics.Severity? failOn, bool fails)
    {
        var report = Checks.Run(Repo.Root, "examples/staging");
        var warned = report.Findings.First(f => f.Severity == BackupPolicyLint.Diagnostics.Severity.Warning && f.PlanId is not null);

        var xml = XDocument.Parse(Reports.Write(new JUnitReportWriter(failOn), report));

        var testCase = xml.Descendants("testcase").Single(c => ((string)c.Attribute("name")!).StartsWith(warned.RuleId, StringComparison.Ordinal));
        Assert.Equal(fails, testCase.Element("failure") is not null);
        Assert.Equal(!fails, testCase.Element("system-out") is not null);
        Assert.Contains(warned.Message, testCase.Value, StringComparison.Ordinal);
    }
}
