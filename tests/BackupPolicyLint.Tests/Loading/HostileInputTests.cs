using System.Text;
using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Loading.Discovery;
using BackupPolicyLint.Loading.Plans;
using BackupPolicyLint.Loading.Yaml;
using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Tests.Loading;

/// <summary>Untrusted input ends in a located BPL001, never an exception or unbounded memory.</summary>
public sealed class HostileInputTests
{
    private static PlanFileResult Load(byte[] bytes, ReaderLimits? limits = null) =>
        PlanLoader.LoadText(new InputFile("/tmp/x.yaml", "x.yaml", Explicit: true), bytes, limits ?? ReaderLimits.Default);

    private static PlanFileResult Load(string text) => Load(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void AliasBomb_ShouldStopAtTheExpansionBound()
    {
        var text = new StringBuilder("apiVersion: bpl/v1\nkind: BackupPlan\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i < 10; i++)
        {
            text.Append($"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]\n");
        }

        var result = Load(text.ToString());

        var finding = Assert.Single(result.Findings);
        Assert.Equal(DiagnosticIds.ParseError, finding.RuleId);
        Assert.Contains("expands to more than", finding.Message, StringComparison.Ordinal);
        Assert.True(finding.Span.Line >= 4);
    }

    [Fact]
    public void DeepNesting_ShouldGiveBpl001()
    {
        var text = "apiVersion: bpl/v1\nkind: BackupPlan\nspec: " + new string('[', 100) + new string(']', 100) + "\n";

        var finding = Assert.Single(Load(text).Findings);

        Assert.Equal(DiagnosticIds.ParseError, finding.RuleId);
        Assert.Contains("nesting deeper than 64", finding.Message, StringComparison.Ordinal);
        Assert.Equal(3, finding.Span.Line);
    }

    [Fact]
    public void InvalidUtf8_ShouldGiveBpl001AtTheBadByte()
    {
        var bytes = Encoding.UTF8.GetBytes("apiVersion: bpl/v1\nkind: Backup").Concat(new byte[] { 0xC3, 0x28 }).ToArray();

        var finding = Assert.Single(Load(bytes).Findings);

        Assert.Equal(DiagnosticIds.ParseError, finding.RuleId);
        Assert.Equal((2, 13), (finding.Span.Line, finding.Span.Column));
    }

    [Fact]
    public void BinaryFile_ShouldGiveBpl001()
    {
        var finding = Assert.Single(Load(new byte[] { 0x7F, 0x45, 0x4C, 0x46, 0, 1, 2 }).Findings);

        Assert.Contains("binary", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FileOverTheSizeLimit_ShouldGiveBpl001WithoutParsing()
    {
        var finding = Assert.Single(Load(new byte[2048], ReaderLimits.Default with { MaxFileBytes = 1024 }).Findings);

        Assert.Contains("over the", finding.Message, StringComparison.Ordinal);
        Assert.Equal(1, finding.Span.Line);
    }

    [Fact]
    public void Utf16WithBom_ShouldBeReadLikeUtf8()
    {
        var text = "apiVersion: bpl/v1\r\nkind: BackupPlan\r\nmetadata:\r\n  name: demo\r\nspec: {}\r\n";
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray();

        var result = Load(bytes);

        Assert.Empty(result.Findings);
        Assert.Equal("demo", Assert.Single(result.Plans).Name);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    [InlineData("---\n...\n")]
    public void EmptyDocuments_ShouldGiveNoFindingAndNoPlan(string text)
    {
        var result = Load(text);

        Assert.Empty(result.Findings);
        Assert.Empty(result.Plans);
    }

    [Fact]
    public void UnreadableDirectoryEntries_ShouldNotStopTheRun()
    {
        using var directory = new TempDirectory();
        directory.Write("plan.yaml", "apiVersion: bpl/v1\nkind: BackupPlan\nmetadata: {name: demo}\nspec: {}\n");
        File.CreateSymbolicLink(Path.Combine(directory.Path, "loop"), directory.Path);

        var report = Checks.Run(directory.Path, ".");

        Assert.Equal(1, report.FilesChecked);
    }
}
