using System.Text;
using BackupPolicyLint.Reporting.GitHub;
using BackupPolicyLint.Reporting.Markdown;
using Xunit;

namespace BackupPolicyLint.Tests.Reporting;

/// <summary>The GitHub job summary stays within GitHub's 1 MiB per step, cut between plan files with a line that says so.</summary>
public sealed class JobSummaryTests
{
    /// <summary>
    /// A large synthetic run: 400 plan files with 40 findings each, about 6 MiB of Markdown. Built once for the class
    /// (the tests only read it).
    /// </summary>
    private static readonly Lazy<BackupPolicyLint.Reporting.CheckReport> Large = new(() => Reports.Of([.. Enumerable.Range(0, 400).SelectMany(file =>
        Enumerable.Range(1, 40).Select(line => Reports.Finding($"finding {line} of plan {file}: {new string('x', 300)} ü", file: $"plans/p{file:D3}.yaml", line: line)))]));

    private static BackupPolicyLint.Reporting.CheckReport LargeRun() => Large.Value;

    [Fact]
    public void LargeRun_ShouldBeCutWithinOneMebibyte_AtAPlanFileBoundary()
    {
        var report = LargeRun();
        var full = Reports.Write(new MarkdownReportWriter(null), report);
        Assert.True(Encoding.UTF8.GetByteCount(full) > 4 * JobSummary.MaxBytes, "the run is not large enough to test the cap");

        var summary = JobSummary.Render(report, new MarkdownReportWriter(null), JobSummary.MaxBytes);

        Assert.InRange(Encoding.UTF8.GetByteCount(summary), JobSummary.MaxBytes / 2, JobSummary.MaxBytes);
        var lines = summary.TrimEnd().Split('\n');
        Assert.Contains("the full report has 16000 findings", lines[^1], StringComparison.Ordinal);
        // The last plan file shown is whole: its table has all 40 rows, and the next file's heading is not there.
        var lastHeading = Array.FindLastIndex(lines, l => l.StartsWith("#### ", StringComparison.Ordinal));
        Assert.Equal(40, lines.Skip(lastHeading).Count(l => l.StartsWith("| error |", StringComparison.Ordinal)));
        Assert.StartsWith(full[..summary.IndexOf("\n> ", StringComparison.Ordinal)], full, StringComparison.Ordinal);
    }

    [Fact]
    public void SmallRun_ShouldBeTheMarkdownReportUnchanged()
    {
        var report = Reports.Of(Reports.Finding("one"));

        Assert.Equal(Reports.Write(new MarkdownReportWriter(null), report), JobSummary.Render(report, new MarkdownReportWriter(null), JobSummary.MaxBytes));
    }

    [Fact]
    public void Budget_ShouldShrinkByWhatTheStepAlreadyWrote()
    {
        var report = LargeRun();

        var summary = JobSummary.Render(report, new MarkdownReportWriter(null), JobSummary.MaxBytes - 900_000);

        Assert.True(Encoding.UTF8.GetByteCount(summary) <= JobSummary.MaxBytes - 900_000);
        Assert.Contains("16000 findings", summary, StringComparison.Ordinal);
    }
}
