using BackupPolicyLint.Cli.Progress;
using Xunit;

namespace BackupPolicyLint.Cli.Tests.Progress;

/// <summary>The status line on a terminal, written to a TextWriter with a clock the test moves.</summary>
public sealed class TerminalProgressReporterTests
{
    private readonly StringWriter _terminal = new();
    private TimeSpan _now = TimeSpan.FromSeconds(10);

    private TerminalProgressReporter Reporter(int width = 80) => new(_terminal, width, () => _now);

    [Fact]
    public void Report_ShouldRewriteTheLineInPlace_AndBlankWhatALongerLineLeft()
    {
        var reporter = Reporter();

        reporter.Report("collecting inventory 9/10…");
        _now += TimeSpan.FromSeconds(1);
        reporter.Report("done 10/10");

        Assert.Equal("\rcollecting inventory 9/10…" + "\rdone 10/10" + new string(' ', 16) + "\rdone 10/10", _terminal.ToString());
    }

    [Fact]
    public void Clear_ShouldBlankTheLineAndReturnToItsStart_OnlyWhenSomethingIsShown()
    {
        var reporter = Reporter();
        reporter.Clear();
        Assert.Equal("", _terminal.ToString());

        reporter.Report("compiling rules/x.csx…");
        reporter.Clear();
        reporter.Clear();

        Assert.Equal("\rcompiling rules/x.csx…" + "\r" + new string(' ', 22) + "\r", _terminal.ToString());
    }

    [Fact]
    public void Report_WithinTheInterval_ShouldBeDropped_UnlessForced()
    {
        var reporter = Reporter();

        reporter.Report("scanning b: 1,000 entries…");
        _now += TimeSpan.FromMilliseconds(50);
        reporter.Report("scanning b: 2,000 entries…");
        reporter.Report("compiling a.csx…", force: true);
        _now += TimeSpan.FromMilliseconds(99);
        reporter.Report("scanning b: 3,000 entries…");
        _now += TimeSpan.FromMilliseconds(1);
        reporter.Report("scanning b: 4,000 entries…");

        var shown = _terminal.ToString().Split('\r', StringSplitOptions.RemoveEmptyEntries).Select(s => s.TrimEnd()).Distinct().ToList();
        Assert.Equal(["scanning b: 1,000 entries…", "compiling a.csx…", "scanning b: 4,000 entries…"], shown);
    }

    [Fact]
    public void Report_AfterClear_ShouldShowAtOnce()
    {
        var reporter = Reporter();

        reporter.Report("collecting inventory 0/2…");
        reporter.Clear();
        reporter.Report("scanning b: 1,000 entries…");

        Assert.EndsWith("\rscanning b: 1,000 entries…", _terminal.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Report_LongerThanTheTerminal_ShouldBeCutSoItNeverWraps()
    {
        var reporter = Reporter(width: 30);

        reporter.Report("compiling policies/organisation/rules/cost-centre.csx…");

        var line = _terminal.ToString().TrimStart('\r');
        Assert.Equal(29, line.Length);
        Assert.Equal("compiling policies/organisat…", line);
    }

    [Fact]
    public async Task Report_FromSeveralThreads_ShouldNeverInterleaveTwoLines()
    {
        var reporter = new TerminalProgressReporter(_terminal, 80, () => _now += TimeSpan.FromSeconds(1));

        await Task.WhenAll(Enumerable.Range(1, 8).Select(t => Task.Run(() =>
        {
            for (var i = 0; i < 200; i++)
            {
                reporter.Report($"collecting inventory {t}/{i}…");
            }
        })));

        Assert.All(
            _terminal.ToString().Split('\r', StringSplitOptions.RemoveEmptyEntries),
            part => Assert.Matches(@"^(collecting inventory \d/\d{1,3}…)? *$", part));
    }
}
