using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Reporting.Sarif;
using Xunit;

namespace BackupPolicyLint.Tests.Reporting;

public sealed class SarifBuilderTests
{
    [Fact]
    public void Result_ShouldLocateTheFindingFromTheRepositoryRootWithItsFingerprint()
    {
        var report = Reports.Of(Reports.Finding("m", file: "my plans/a#1.yaml")) with { RepositoryPrefix = "infra" };

        var result = Assert.Single(SarifBuilder.Build(report).Runs[0].Results);

        var location = result.Locations[0].PhysicalLocation;
        Assert.Equal("infra/my%20plans/a%231.yaml", location.ArtifactLocation.Uri);
        Assert.Equal("%SRCROOT%", location.ArtifactLocation.UriBaseId);
        Assert.Equal(new SarifRegion(3, 5, 3, 12), location.Region);
        Assert.Equal("0123456789abcdef0123456789abcdef", result.PartialFingerprints[SarifBuilder.FingerprintKey]);
        Assert.Null(result.Suppressions);
    }

    [Fact]
    public void SuppressedFinding_ShouldCarryAnExternalSuppression()
    {
        var report = Reports.Of(Reports.Finding("m", suppressed: true));

        var result = Assert.Single(SarifBuilder.Build(report).Runs[0].Results);

        var suppression = Assert.Single(result.Suppressions!);
        Assert.Equal("external", suppression.Kind);
    }

    [Fact]
    public void SpanEndingBeforeItStarts_ShouldBecomeAnEmptyRegion()
    {
        var finding = Reports.Finding("m") with { Span = new SourceSpan("a.yaml", 4, 9, 4, 2) };

        var result = Assert.Single(SarifBuilder.Build(Reports.Of(finding)).Runs[0].Results);

        Assert.Equal(new SarifRegion(4, 9, 4, 9), result.Locations[0].PhysicalLocation.Region);
    }

    [Theory]
    [InlineData("https://example.com/rules/ACME001.md", "https://example.com/rules/ACME001.md")]
    [InlineData("policies/rules/acme001.yaml", null)]
    [InlineData("file:///etc/passwd", null)]
    public void CustomRuleHelpUri_ShouldBeKeptOnlyWhenItIsAnAbsoluteUrl(string helpUri, string? expected)
    {
        var report = Reports.Of(Reports.Finding("m", ruleId: "ACME001")) with
        {
            Rules = [new BackupPolicyLint.Reporting.Model.ReportRule
            {
                Id = "ACME001", Name = "acme", Title = "t", Description = "d", Help = "h", HelpUri = helpUri, Category = "Custom", DefaultLevel = Severity.Error,
            }],
        };

        var rule = Assert.Single(SarifBuilder.Build(report).Runs[0].Tool.Driver.Rules);

        Assert.Equal(expected, rule.HelpUri);
    }
}
