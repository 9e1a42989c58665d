using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Tests.Loading;

public sealed class PlanLoaderTests
{
    private const string Header = "apiVersion: bpl/v1\nkind: BackupPlan\nmetadata:\n  name: demo\n";

    [Fact]
    public void SyntaxError_ShouldGiveBpl001AtItsLine_AndOtherFilesStillChecked()
    {
        using var directory = new TempDirectory();
        directory.Write("a-broken.yaml", Header + "spec:\n  jobs: [\n    - oops\n");
        directory.Write("b-good.yaml", Header.Replace("demo", "other", StringComparison.Ordinal) + "spec:\n  databases:\n    - name: neo4j\n");

        var report = Checks.Run(directory.Path, ".");

        var parse = Assert.Single(report.Findings, f => f.RuleId == DiagnosticIds.ParseError);
        Assert.Equal("a-broken.yaml", parse.Span.File);
        Assert.Equal(7, parse.Span.Line);
        Assert.Contains(report.Findings, f => f.Span.File == "b-good.yaml" && f.RuleId == "BPL102" && f.Span.Line == 7 && f.Span.Column == 7);
        Assert.Equal(2, report.FilesChecked);
    }

    [Fact]
    public void UnknownKey_ShouldGiveBpl002AtTheKey_WithDidYouMean()
    {
        var report = Checks.RunText(Header + "spec:\n  retention:\n    keepLst: 3\n");

        var finding = Assert.Single(report.Findings, f => f.RuleId == DiagnosticIds.SchemaViolation);
        Assert.Equal((7, 5), (finding.Span.Line, finding.Span.Column));
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains("did you mean 'keepLast'?", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DanglingStorage_ShouldGiveBpl003AtTheName()
    {
        var report = Checks.RunText(Header + "spec:\n  storage:\n    - { name: offsite, type: s3, uri: 's3://b/x' }\n  jobs:\n    - name: nightly\n      command: backup\n      databases: ['*']\n      destination: offsit\n");

        var finding = Assert.Single(report.Findings, f => f.RuleId == DiagnosticIds.UnresolvedReference);
        Assert.Equal((12, 20), (finding.Span.Line, finding.Span.Column));
        Assert.Contains("did you mean 'offsite'?", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateKey_ShouldGiveBpl002AtTheSecondKey()
    {
        var report = Checks.RunText(Header + "  name: again\nspec: {}\n");

        var finding = Assert.Single(report.Findings, f => f.RuleId == DiagnosticIds.SchemaViolation);
        Assert.Equal((5, 3), (finding.Span.Line, finding.Span.Column));
        Assert.Contains("duplicate key 'name'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnquotedVersion_ShouldGiveBpl002WithAHintToQuoteIt()
    {
        var report = Checks.RunText(Header + "spec:\n  dbms:\n    version: 2025.10\n");

        var finding = Assert.Single(report.Findings, f => f.RuleId == DiagnosticIds.SchemaViolation);
        Assert.Equal((7, 14), (finding.Span.Line, finding.Span.Column));
        Assert.Contains("quote it", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("schedule: \"0 2 * * 9\"", "not a valid cron schedule")]
    [InlineData("schedule: \"0 2 * *\"", "5-field cron")]
    public void BadSchedule_ShouldGiveBpl002AtTheSchedule(string schedule, string expected)
    {
        var report = Checks.RunText(Header + $"spec:\n  jobs:\n    - name: nightly\n      command: backup\n      databases: ['*']\n      {schedule}\n");

        var finding = Assert.Single(report.Findings, f => f.RuleId == DiagnosticIds.SchemaViolation);
        Assert.Equal(10, finding.Span.Line);
        Assert.Contains(expected, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BadDuration_ShouldGiveBpl002AtTheValue()
    {
        var report = Checks.RunText(Header + "spec:\n  objectives:\n    rpo: 7days\n    rto: 4h\n");

        var finding = Assert.Single(report.Findings, f => f.RuleId == DiagnosticIds.SchemaViolation);
        Assert.Equal((7, 10), (finding.Span.Line, finding.Span.Column));
        Assert.Contains("not a duration", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MultipleDocuments_ShouldLoadEveryPlanAndSkipOtherKinds()
    {
        var text = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n---\n" + Header + "spec: {}\n---\n" + Header.Replace("demo", "second", StringComparison.Ordinal) + "spec: {}\n";

        var report = Checks.RunText(text);

        Assert.Equal(new[] { 9, 15 }, report.Findings.Where(f => f.RuleId == "BPL101").Select(f => f.Span.Line));
        Assert.DoesNotContain(report.Findings, f => f.RuleId.StartsWith("BPL00", StringComparison.Ordinal));
    }

    [Fact]
    public void JsonTwin_ShouldGiveTheSameFindingsAsYaml()
    {
        var yaml = Checks.RunText(Header + "spec:\n  databases:\n    - name: neo4j\n");
        var json = Checks.RunText("{\n  \"apiVersion\": \"bpl/v1\",\n  \"kind\": \"BackupPlan\",\n  \"metadata\": { \"name\": \"demo\" },\n  \"spec\": {\n    \"databases\": [\n      { \"name\": \"neo4j\" }\n    ]\n  }\n}\n", "plan.json");

        Assert.Equal(yaml.Findings.Select(f => (f.RuleId, f.Severity)), json.Findings.Select(f => (f.RuleId, f.Severity)));
        Assert.Equal(7, json.Findings.Single(f => f.RuleId == "BPL102").Span.Line);
    }

    [Fact]
    public void DuplicatePlanNamesAcrossFiles_ShouldGiveBpl002OnTheSecond()
    {
        using var directory = new TempDirectory();
        directory.Write("a.yaml", Header + "spec: {}\n");
        directory.Write("b.yaml", Header + "spec: {}\n");

        var report = Checks.Run(directory.Path, ".");

        var finding = Assert.Single(report.Findings, f => f.RuleId == DiagnosticIds.SchemaViolation);
        Assert.Equal(("b.yaml", 4), (finding.Span.File, finding.Span.Line));
    }

    [Fact]
    public void UnrelatedYamlFoundByWalking_ShouldBeIgnored()
    {
        using var directory = new TempDirectory();
        directory.Write("templates/deployment.yaml", "kind: Deployment\nspec: {{ .Values.broken }}\n");
        directory.Write("package.json", "{ \"name\": \"x\" }");

        var report = Checks.Run(directory.Path, ".");

        Assert.Empty(report.Findings);
        Assert.Equal(0, report.FilesChecked);
    }
}
