using BackupPolicyLint.Engine;
using BackupPolicyLint.Tests.Rules;
using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Tests.Infra;

/// <summary>
/// Fixtures/InfraCron: a cron table that runs scripts of the same folder. The scripts' commands get the cron line's
/// schedule and user (unless the line switches user), so the findings about them land on the cron line.
/// </summary>
public sealed class CronScheduledScriptTests
{
    private static string Directory => Path.Combine(Repo.Fixtures, "InfraCron");

    [Fact]
    public void Folder_WhenWalked_ShouldGiveScriptCommandsTheCronLinesUserAndProduceExactlyTheMarkedFindings()
    {
        var report = CheckPipeline.Run(new CheckRequest { Paths = ["."], WorkingDirectory = Directory, Now = Checks.Now });

        var expected = report.Files.SelectMany(file => RuleFixtureTests.Markers(file, File.ReadAllLines(Path.Combine(Directory, file)))).Order(StringComparer.Ordinal).ToList();
        var actual = report.Findings.Select(RuleFixtureTests.Marker).Order(StringComparer.Ordinal).ToList();
        var messages = string.Join("\n", report.Findings.Select(f => $"  {f.Span}: {f.RuleId} {f.Message}"));
        Assert.True(expected.SequenceEqual(actual), $"expected:\n  {string.Join("\n  ", expected)}\nactual:\n{messages}");
        Assert.Contains(report.Findings, f => f.RuleId == "BPL207" && f.Span.File == "backup.cron" && f.Message.Contains("nightly.sh", StringComparison.Ordinal));
    }

    [Fact]
    public void CronTable_RunningNoScriptBplRead_ShouldNotBeCounted()
    {
        var report = CheckPipeline.Run(new CheckRequest { Paths = ["."], WorkingDirectory = Directory, Now = Checks.Now });

        Assert.Contains("backup.cron", report.Files);
        Assert.DoesNotContain("unrelated.cron", report.Files);
    }

    [Fact]
    public void ScriptAlone_ShouldHaveNoUser()
    {
        var report = CheckPipeline.Run(new CheckRequest { Paths = ["nightly.sh"], WorkingDirectory = Directory, Now = Checks.Now });

        Assert.DoesNotContain(report.Findings, f => f.RuleId == "BPL207");
    }
}
