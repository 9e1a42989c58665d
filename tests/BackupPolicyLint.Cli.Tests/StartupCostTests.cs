using Xunit;

namespace BackupPolicyLint.Cli.Tests;

/// <summary>BPL_TIMING=1 ends with what the process cost beyond the stages (the measure of docs/performance.md's cold start).</summary>
public sealed class StartupCostTests
{
    [Theory]
    [InlineData("1")]
    [InlineData("true")]
    public void Timing_ShouldWriteProcessTimeJitAndAssemblies(string variable)
    {
        var error = new StringWriter();

        StartupCost.WriteWhen(variable, error);

        var lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Matches(@"^bpl timing: process +\d+ ms since start; JIT compiled \d+ methods in \d+ ms", lines[0]);
        Assert.Matches(@"^bpl timing: \d+ assemblies loaded: .*\bbpl\b", lines[1]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("0")]
    [InlineData("")]
    public void NoTiming_ShouldWriteNothing(string? variable)
    {
        var error = new StringWriter();

        StartupCost.WriteWhen(variable, error);

        Assert.Equal("", error.ToString());
    }
}
