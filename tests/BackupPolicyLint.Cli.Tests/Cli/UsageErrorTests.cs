using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Cli.Tests.Cli;

/// <summary>Mistyped command lines end in exit 2 and one line that says what was wrong and, when close, what was meant.</summary>
public sealed class UsageErrorTests
{
    private static InProcessCli.Result Run(params string[] args) => InProcessCli.Run(Repo.Root, new Dictionary<string, string>(), args);

    [Theory]
    [InlineData("bpl: unknown option '--fial-on'; did you mean '--fail-on'?", "check", "examples", "--fial-on", "error")]
    [InlineData("bpl: unknown option '--fromat'; did you mean '--format'?", "check", "--fromat", "json", "examples")]
    [InlineData("bpl: unknown option '--verbos'; did you mean '--verbose'?", "rules", "list", "--verbos")]
    [InlineData("bpl: unknown option '--zzzzzz' (bpl check --help lists the options)", "check", "examples", "--zzzzzz")]
    [InlineData("bpl: unknown command 'chek'; did you mean 'check'?", "chek", "examples")]
    [InlineData("bpl: unknown command 'lst'; did you mean 'list'?", "rules", "lst")]
    [InlineData("bpl: unknown command 'frobnicate' (bpl --help lists the commands)", "frobnicate")]
    [InlineData("bpl: --fail-on 'bad' is not one of: error, warning, note, none", "check", "examples", "--fail-on", "bad")]
    [InlineData("bpl: --format 'jsn' is not one of: text, json, sarif, junit, github, markdown, html, checklist; did you mean 'json'?", "check", "examples", "--format", "jsn")]
    public void Mistake_ShouldExitTwoWithOneLine(string expected, params string[] args)
    {
        var result = Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(expected + Environment.NewLine, result.Error);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public void OptionLikePath_AfterDoubleDash_ShouldBeAPath()
    {
        var result = Run("check", "--", "--fial-on");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("bpl: path '--fial-on' does not exist" + Environment.NewLine, result.Error);
    }

    [Theory]
    [InlineData]
    [InlineData("rules")]
    public void CommandAlone_ShouldPrintItsHelpAndExitTwo(params string[] args)
    {
        var result = Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Usage:", result.Out, StringComparison.Ordinal);
        Assert.Contains("Commands:", result.Out, StringComparison.Ordinal);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public void Help_ShouldListExitCodesAndThreeExamples()
    {
        var result = Run("check", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Exit codes:", result.Out, StringComparison.Ordinal);
        Assert.Contains("  2  ", result.Out, StringComparison.Ordinal);
        var examples = result.Out[result.Out.IndexOf("Examples:", StringComparison.Ordinal)..];
        Assert.Equal(3, examples.Split('\n').Count(l => l.TrimStart().StartsWith("bpl check", StringComparison.Ordinal)));
    }

    [Fact]
    public void RootHelp_ShouldListExitCodesAndExamples()
    {
        var result = Run("--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Exit codes:", result.Out, StringComparison.Ordinal);
        Assert.Contains("Examples:", result.Out, StringComparison.Ordinal);
    }
}
