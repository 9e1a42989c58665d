using BackupPolicyLint.Reporting.Markdown;
using BackupPolicyLint.Rules.Controls;
using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Tests.Reporting;

public sealed class MarkdownReportWriterTests
{
    [Fact]
    public void Cells_ShouldNotBreakTheTableOrCarryHtml()
    {
        var report = Reports.Of(Reports.Finding("a | b <script>alert(1)</script>\nnext"));

        var output = Reports.Write(new MarkdownReportWriter(null), report);

        Assert.Contains("| a \\| b &lt;script&gt;alert(1)&lt;/script&gt;\\nnext |", output, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Findings_ShouldBeGroupedByFileWithRuleLinks()
    {
        var report = Reports.Of(Reports.Finding("one", file: "a.yaml"), Reports.Finding("two", file: "b.yaml"));

        var output = Reports.Write(new MarkdownReportWriter(null), report);

        Assert.True(output.IndexOf("#### a.yaml", StringComparison.Ordinal) < output.IndexOf("#### b.yaml", StringComparison.Ordinal));
        Assert.Contains("[BPL101](https://", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Controls_ShouldGroupOutcomesAndFindingsByControl()
    {
        var report = Checks.Run(Repo.Root, "examples");

        var output = Reports.Write(new MarkdownReportWriter(ControlFramework.Nist), report);

        Assert.Contains("### Controls: NIST SP 800-53 Rev. 5", output, StringComparison.Ordinal);
        Assert.Contains("| CP-9 | System Backup |", output, StringComparison.Ordinal);
        Assert.Contains("#### AC-6 Least Privilege", output, StringComparison.Ordinal);
        Assert.Contains("#### Input problems (no control)", output, StringComparison.Ordinal);
        Assert.DoesNotContain("#### examples/", output, StringComparison.Ordinal);
    }
}
