using System.Text;
using BackupPolicyLint.Reporting.GitHub;
using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Cli.Tests.Cli;

/// <summary>`--format github` appends the job summary within what is left of GitHub's 1 MiB for the step.</summary>
public sealed class JobSummaryLimitTests
{
    [Fact]
    public void StepThatAlreadyWroteMostOfItsSummary_ShouldGetACutSummaryWithinTheLimit()
    {
        using var directory = new TempDirectory();
        var summary = Path.Combine(directory.Path, "summary.md");
        var earlier = new string('x', JobSummary.MaxBytes - 6_000) + "\n";
        File.WriteAllText(summary, earlier);
        var environment = new Dictionary<string, string> { ["GITHUB_STEP_SUMMARY"] = summary };

        var result = InProcessCli.Run(Repo.Root, environment, "check", "examples", "--now", "2026-11-20T06:00:00Z", "--format", "github");

        Assert.Equal(1, result.ExitCode);
        var bytes = File.ReadAllBytes(summary);
        Assert.InRange(bytes.Length, earlier.Length + 1, JobSummary.MaxBytes);
        var written = Encoding.UTF8.GetString(bytes)[earlier.Length..];
        Assert.StartsWith("## Backup policy check", written, StringComparison.Ordinal);
        Assert.Contains("This summary is cut at GitHub's 1 MiB limit; the full report has ", written, StringComparison.Ordinal);
    }

    [Fact]
    public void FreshStep_ShouldGetTheWholeMarkdownReport()
    {
        using var directory = new TempDirectory();
        var summary = Path.Combine(directory.Path, "summary.md");
        var environment = new Dictionary<string, string> { ["GITHUB_STEP_SUMMARY"] = summary };

        InProcessCli.Run(Repo.Root, environment, "check", "examples", "--now", "2026-11-20T06:00:00Z", "--format", "github");
        var markdown = InProcessCli.Run(Repo.Root, new Dictionary<string, string>(), "check", "examples", "--now", "2026-11-20T06:00:00Z", "--format", "markdown");

        Assert.Equal(markdown.Out.Replace("\r\n", "\n", StringComparison.Ordinal), File.ReadAllText(summary));
    }
}
