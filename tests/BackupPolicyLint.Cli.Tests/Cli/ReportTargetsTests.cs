using BackupPolicyLint.Cli.Output;
using Xunit;

namespace BackupPolicyLint.Cli.Tests.Cli;

public sealed class ReportTargetsTests
{
    private static FormatOrOutput F(string format) => new(true, format);
    private static FormatOrOutput O(string output) => new(false, output);

    [Fact]
    public void Nothing_ShouldBeTextToStdout()
    {
        Assert.Equal([new ReportTarget("text", null)], ReportTargets.Pair([]));
    }

    [Fact]
    public void OutputOnly_ShouldBeText()
    {
        Assert.Equal([new ReportTarget("text", "r.txt")], ReportTargets.Pair([O("r.txt")]));
    }

    [Fact]
    public void EachOutput_ShouldBelongToTheFormatBeforeIt()
    {
        var targets = ReportTargets.Pair([F("sarif"), O("a.sarif"), F("html"), O("r.html"), F("github")]);

        Assert.Equal([new ReportTarget("sarif", "a.sarif"), new ReportTarget("html", "r.html"), new ReportTarget("github", null)], targets);
    }

    [Fact]
    public void OutputBeforeTheFormat_ShouldStillPair()
    {
        Assert.Equal([new ReportTarget("json", "a.json")], ReportTargets.Pair([O("a.json"), F("json")]));
    }

    [Fact]
    public void FormatWithoutOutputFollowedByOne_ShouldLeaveTheFirstOnStdout()
    {
        var targets = ReportTargets.Pair([F("text"), F("sarif"), O("a.sarif")]);

        Assert.Equal([new ReportTarget("text", null), new ReportTarget("sarif", "a.sarif")], targets);
    }

    [Fact]
    public void TwoFormatsOnStdout_ShouldBeRefused()
    {
        var error = Assert.Throws<UsageException>(() => ReportTargets.Pair([F("json"), F("sarif")]));

        Assert.Contains("only one format can go to standard output", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TwoOutputsForOneFormat_ShouldBeRefused()
    {
        Assert.Throws<UsageException>(() => ReportTargets.Pair([F("json"), O("a"), O("b")]));
    }

    [Fact]
    public void OneFileForTwoFormats_ShouldBeRefused()
    {
        Assert.Throws<UsageException>(() => ReportTargets.Pair([F("json"), O("a"), F("sarif"), O("a")]));
    }
}
