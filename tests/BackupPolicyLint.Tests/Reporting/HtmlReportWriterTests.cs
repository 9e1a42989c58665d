using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Reporting.Html;
using BackupPolicyLint.Reporting.Model;
using BackupPolicyLint.Rules.Controls;
using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Tests.Reporting;

public sealed class HtmlReportWriterTests
{
    private sealed class FixedExcerpts(SourceExcerpt excerpt) : ISourceExcerpts
    {
        public SourceExcerpt? Around(SourceSpan span) => excerpt;
    }

    [Fact]
    public void PlanText_ShouldBeEscaped_AndNothingExternalLoaded()
    {
        var report = Reports.Of(Reports.Finding("name <img src=x onerror=alert(1)> & \"quotes\""));

        var html = Reports.Write(new HtmlReportWriter(null), report);

        Assert.Contains("name &lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<link", html, StringComparison.Ordinal);
        Assert.DoesNotContain("src=\"http", html, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Excerpt_ShouldNumberLinesAndMarkTheFindingsLines()
    {
        var report = Reports.Of(Reports.Finding("m", line: 3)) with { Excerpts = new FixedExcerpts(new SourceExcerpt(1, ["a: 1", "b: <2>", "c: 3", "d: 4"])) };

        var html = Reports.Write(new HtmlReportWriter(null), report);

        Assert.Contains("<span><i>2</i>b: &lt;2&gt;</span><span class=\"hit\"><i>3</i>c: 3</span><span><i>4</i>d: 4</span>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void NoSuppressedFinding_ShouldSayNoWaiversAreInForce()
    {
        var html = Reports.Write(new HtmlReportWriter(null), Reports.Of(Reports.Finding("m")));

        Assert.Contains("<section id=\"waivers\">", html, StringComparison.Ordinal);
        Assert.Contains("No waivers in force", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Examples_ShouldShowEverySectionAndChartPerCategoryOrControl()
    {
        var report = Checks.Run(Repo.Root, "examples");

        var byCategory = Reports.Write(new HtmlReportWriter(null), report);
        var byControl = Reports.Write(new HtmlReportWriter(ControlFramework.Soc2), report);

        foreach (var id in new[] { "run", "summary", "evidence", "outcomes", "findings", "waivers" })
        {
            Assert.Contains($"<section id=\"{id}\">", byCategory, StringComparison.Ordinal);
        }

        Assert.Contains("<svg", byCategory, StringComparison.Ordinal);
        Assert.Contains(">Method and edition<", byCategory, StringComparison.Ordinal);
        Assert.Contains("Per control (SOC 2 Trust Services Criteria)", byControl, StringComparison.Ordinal);
        Assert.Contains("CC6.1 Logical access", byControl, StringComparison.Ordinal);
        Assert.Contains(report.Packs[0].ContentHash, byCategory, StringComparison.Ordinal);
    }
}
