using System.Text.Json;
using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Reporting;
using BackupPolicyLint.Reporting.Model;
using BackupPolicyLint.Reporting.Sarif;
using Xunit;

namespace BackupPolicyLint.Tests.Reporting;

public sealed class SarifReportWriterTests
{
    [Fact]
    public void Result_ShouldLocateTheFindingFromTheRepositoryRootWithItsFingerprint()
    {
        var report = Reports.Of(Reports.Finding("m", file: "my plans/a#1.yaml")) with { RepositoryPrefix = "infra" };

        var result = SingleResult(report);

        var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("infra/my%20plans/a%231.yaml", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("%SRCROOT%", location.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        Assert.Equal((3, 5, 3, 12), Region(result));
        Assert.Equal("0123456789abcdef0123456789abcdef", result.GetProperty("partialFingerprints").GetProperty(SarifResultJson.FingerprintKey).GetString());
        Assert.False(result.TryGetProperty("suppressions", out _));
    }

    [Fact]
    public void SuppressedFinding_ShouldCarryAnExternalSuppression()
    {
        var report = Reports.Of(Reports.Finding("m", suppressed: true));

        var suppression = Assert.Single(SingleResult(report).GetProperty("suppressions").EnumerateArray());

        Assert.Equal("external", suppression.GetProperty("kind").GetString());
    }

    [Fact]
    public void SpanEndingBeforeItStarts_ShouldBecomeAnEmptyRegion()
    {
        var finding = Reports.Finding("m") with { Span = new SourceSpan("a.yaml", 4, 9, 4, 2) };

        Assert.Equal((4, 9, 4, 9), Region(SingleResult(Reports.Of(finding))));
    }

    [Theory]
    [InlineData("https://example.com/rules/ACME001.md", "https://example.com/rules/ACME001.md")]
    [InlineData("policies/rules/acme001.yaml", null)]
    [InlineData("file:///etc/passwd", null)]
    public void CustomRuleHelpUri_ShouldBeKeptOnlyWhenItIsAnAbsoluteUrl(string helpUri, string? expected)
    {
        var report = Reports.Of(Reports.Finding("m", ruleId: "ACME001")) with
        {
            Rules = [new ReportRule
            {
                Id = "ACME001", Name = "acme", Title = "t", Description = "d", Help = "h", HelpUri = helpUri, Category = "Custom", DefaultLevel = Severity.Error,
            }],
        };

        using var log = Write(report);
        var rule = Assert.Single(log.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray());

        Assert.Equal(expected, rule.TryGetProperty("helpUri", out var uri) ? uri.GetString() : null);
    }

    [Fact]
    public void MaxResults_ShouldKeepTheMostSevereInReportOrder_ReportedBeforeSuppressed()
    {
        Finding F(string message, Severity severity, bool suppressed = false) => Reports.Finding(message, suppressed: suppressed) with { Severity = severity };
        var report = Reports.Of(
            F("note 1", Severity.Note),
            F("suppressed error", Severity.Error, suppressed: true),
            F("warning 1", Severity.Warning),
            F("error 1", Severity.Error),
            F("warning 2", Severity.Warning),
            F("note 2", Severity.Note),
            F("error 2", Severity.Error));
        var options = new SarifRunOptions(1, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, MaxResults: 3);

        using var log = Write(report, options);
        var run = log.RootElement.GetProperty("runs")[0];

        Assert.Equal(["warning 1", "error 1", "error 2"], run.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("message").GetProperty("text").GetString()));
        Assert.Equal(7, run.GetProperty("properties").GetProperty("resultsFound").GetInt32());
        Assert.StartsWith("results truncated: 3 of 7 results", run.GetProperty("invocations")[0].GetProperty("toolExecutionNotifications")[0].GetProperty("message").GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    private static JsonDocument Write(CheckReport report, SarifRunOptions? options = null) => JsonDocument.Parse(Reports.Write(new SarifReportWriter(options), report));

    private static JsonElement SingleResult(CheckReport report)
    {
        using var log = Write(report);
        return Assert.Single(log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()).Clone();
    }

    private static (int, int, int, int) Region(JsonElement result)
    {
        var region = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        return (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(), region.GetProperty("endLine").GetInt32(), region.GetProperty("endColumn").GetInt32());
    }
}
