using BackupPolicyLint.Reporting.GitHub;
using Xunit;

namespace BackupPolicyLint.Tests.Reporting;

public sealed class GitHubReportWriterTests
{
    [Fact]
    public void Message_ShouldEscapePercentAndShowLineBreaks()
    {
        var report = Reports.Of(Reports.Finding("100% full\r\nsecond line: a, b"));

        var line = Reports.Write(new GitHubReportWriter(), report).Split('\n')[0];

        Assert.Equal("::error file=plans/a.yaml,line=3,col=5,endLine=3,endColumn=12,title=BPL101 system-database-not-covered::100%25 full\\r\\nsecond line: a, b", line);
    }

    [Fact]
    public void Properties_ShouldAlsoEscapeColonAndComma()
    {
        Assert.Equal("a%3Ab%2Cc%25d\\ne", WorkflowCommands.EscapeProperty("a:b,c%d\ne"));
    }

    [Fact]
    public void FilePaths_ShouldBeRelativeToTheRepositoryRoot()
    {
        var report = Reports.Of(Reports.Finding("m", file: "../shared/p,1.yaml")) with { RepositoryPrefix = "infra/plans" };

        var line = Reports.Write(new GitHubReportWriter(), report);

        Assert.StartsWith("::error file=infra/shared/p%2C1.yaml,", line, StringComparison.Ordinal);
    }

    [Fact]
    public void SuppressedFindings_ShouldNotBeAnnotated()
    {
        var report = Reports.Of(Reports.Finding("kept"), Reports.Finding("waived", suppressed: true));

        var output = Reports.Write(new GitHubReportWriter(), report);

        Assert.Contains("::kept", output, StringComparison.Ordinal);
        Assert.DoesNotContain("waived", output, StringComparison.Ordinal);
        Assert.EndsWith("1 file checked: 1 error, 0 warnings, 0 notes, 1 suppressed\n", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }
}
