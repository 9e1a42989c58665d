using System.Text.Json;
using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Cli.Tests.Cli;

/// <summary>The conventions ESLint users expect of `bpl check`: short forms, --quiet, --max-warnings, colour switches.</summary>
public sealed class CheckConventionTests
{
    private const string Now = "2026-11-20T06:00:00Z";

    private static InProcessCli.Result Run(params string[] args) => RunWith(new Dictionary<string, string>(), args);

    private static InProcessCli.Result RunWith(Dictionary<string, string> environment, params string[] args) => InProcessCli.Run(Repo.Root, environment, args);

    [Fact]
    public void ShortForms_ShouldBeFormatAndOutput()
    {
        using var directory = new TempDirectory();
        var path = Path.Combine(directory.Path, "r.json");

        var result = Run("check", "examples/flawed-prod", "--now", Now, "-f", "json", "-o", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Out);
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        Assert.True(document.RootElement.GetProperty("findings").GetArrayLength() > 0);
    }

    [Fact]
    public void Quiet_ShouldPrintOnlyErrorsInText()
    {
        var loud = Run("check", "examples/flawed-prod", "--now", Now);
        var quiet = Run("check", "examples/flawed-prod", "--now", Now, "--quiet");

        Assert.Contains(" warning BPL", loud.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(" warning BPL", quiet.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(" note BPL", quiet.Out, StringComparison.Ordinal);
        Assert.Contains(" error BPL", quiet.Out, StringComparison.Ordinal);
        // The summary still counts everything, and the exit code is the same.
        Assert.Equal(loud.Out.TrimEnd().Split('\n')[^1], quiet.Out.TrimEnd().Split('\n')[^1]);
        Assert.Equal(loud.ExitCode, quiet.ExitCode);
        Assert.Equal(quiet.Out, Run("check", "examples/flawed-prod", "--now", Now, "-q").Out);
    }

    [Theory]
    [InlineData("100", 0)]
    [InlineData("0", 1)]
    public void MaxWarnings_ShouldFailWhenWarningsExceedIt(string max, int expected)
    {
        // examples/staging has warnings and no error.
        var result = Run("check", "examples/staging", "--now", Now, "--max-warnings", max);

        Assert.Equal(expected, result.ExitCode);
        if (expected == 1)
        {
            Assert.Matches(@"^bpl: \d+ warnings?, more than --max-warnings 0\r?\n$", result.Error);
        }
        else
        {
            Assert.Equal("", result.Error);
        }
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("many")]
    public void MaxWarnings_OfABadValue_ShouldBeOneLine(string value)
    {
        var result = Run("check", "examples/staging", "--max-warnings", value);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"bpl: --max-warnings '{value}' is not a whole number of 0 or more{Environment.NewLine}", result.Error);
    }

    [Theory]
    [InlineData("1", "", true)]
    [InlineData("true", "", true)]
    [InlineData("0", "", false)]
    [InlineData("false", "", false)]
    [InlineData("1", "--no-color", false)]
    [InlineData("", "", false)]
    public void ForceColor_ShouldColourTextThatIsNotATerminal(string forceColor, string flag, bool coloured)
    {
        var environment = new Dictionary<string, string> { ["FORCE_COLOR"] = forceColor, ["NO_COLOR"] = "1" };
        string[] args = ["check", "examples/staging", "--now", Now];
        var result = RunWith(environment, flag == "" ? args : [.. args, flag]);

        Assert.Equal(coloured, result.Out.Contains("\u001b[", StringComparison.Ordinal));
    }
}
