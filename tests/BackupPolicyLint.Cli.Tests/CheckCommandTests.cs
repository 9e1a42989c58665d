using System.Text.Json;
using Xunit;

namespace BackupPolicyLint.Cli.Tests;

/// <summary>`bpl check` end to end on the shipped examples: exit codes, formats, the JSON contract.</summary>
public sealed class CheckCommandTests
{
    private const string Now = "2026-11-20T06:00:00Z";

    [Fact]
    public void Examples_AsText_ShouldMatchGoldenAndExitOne()
    {
        var result = BplProcess.Run("check", "examples", "--now", Now);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Error);
        Assert.DoesNotContain("\u001b[", result.Out, StringComparison.Ordinal);
        Golden.Match("examples.txt", result.Out);
    }

    [Fact]
    public void Examples_AsJson_ShouldMatchGolden()
    {
        var result = BplProcess.InProcess("check", "examples", "--now", Now, "--format", "json");

        Assert.Equal(1, result.ExitCode);
        Golden.Match("examples.json", result.Out);
    }

    [Fact]
    public void Examples_AsJson_ShouldFollowTheContract()
    {
        var result = BplProcess.InProcess("check", "examples", "--now", Now, "--format", "json");
        using var document = JsonDocument.Parse(result.Out);
        var root = document.RootElement;

        // The contract's fields in their order; "outcomes" and the audit record ("run", "verdict", "checklist") are the
        // documented additions after them (docs/reports.md).
        Assert.Equal(["tool", "findings", "summary", "outcomes", "run", "verdict", "checklist"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("backup-policy-lint", root.GetProperty("tool").GetProperty("name").GetString());
        // The contract's finding fields in their order, then "suppression", the documented addition (docs/reports.md).
        string[] fields = ["ruleId", "ruleName", "severity", "message", "file", "line", "column", "endLine", "endColumn", "source", "subject", "fingerprint", "suppressed", "suppression"];
        var findings = root.GetProperty("findings").EnumerateArray().ToList();
        Assert.NotEmpty(findings);
        var counts = new Dictionary<string, int> { ["error"] = 0, ["warning"] = 0, ["note"] = 0 };
        foreach (var finding in findings)
        {
            Assert.Equal(fields, finding.EnumerateObject().Select(p => p.Name));
            Assert.Matches("^BPL[0-9]{3}$", finding.GetProperty("ruleId").GetString());
            Assert.Contains(finding.GetProperty("severity").GetString(), new[] { "error", "warning", "note" });
            Assert.Contains(finding.GetProperty("source").GetString(), new[] { "plan", "config", "script", "manifest", "inventory", "artifacts", "policy" });
            var file = finding.GetProperty("file").GetString()!;
            Assert.True(File.Exists(Path.Combine(BackupPolicyLint.Tests.Support.Repo.Root, file)), $"finding file '{file}' is not relative to the working directory");
            Assert.DoesNotContain('\\', file);
            Assert.True(finding.GetProperty("line").GetInt32() >= 1);
            Assert.True(finding.GetProperty("column").GetInt32() >= 1);
            Assert.True(finding.GetProperty("endLine").GetInt32() >= finding.GetProperty("line").GetInt32());
            Assert.Matches("^[0-9a-f]{32}$", finding.GetProperty("fingerprint").GetString());
            counts[finding.GetProperty("severity").GetString()!]++;
        }

        var summary = root.GetProperty("summary");
        Assert.Equal(counts["error"], summary.GetProperty("error").GetInt32());
        Assert.Equal(counts["warning"], summary.GetProperty("warning").GetInt32());
        Assert.Equal(counts["note"], summary.GetProperty("note").GetInt32());
        Assert.True(summary.GetProperty("files").GetInt32() >= 4);

        var order = findings.Select(f => (File: f.GetProperty("file").GetString()!, Line: f.GetProperty("line").GetInt32(), Column: f.GetProperty("column").GetInt32(), Rule: f.GetProperty("ruleId").GetString()!)).ToList();
        var sorted = order.OrderBy(f => f.File, StringComparer.Ordinal).ThenBy(f => f.Line).ThenBy(f => f.Column).ThenBy(f => f.Rule, StringComparer.Ordinal).ToList();
        Assert.Equal(sorted, order);
    }

    [Fact]
    public void Examples_ShouldNotMakeAnyRuleFail()
    {
        // A rule that throws is reported as BPL004; on the shipped examples that is always a bug.
        var result = BplProcess.InProcess("check", "examples", "--now", Now, "--format", "json");
        using var document = JsonDocument.Parse(result.Out);

        var failures = document.RootElement.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("ruleId").GetString() == "BPL004")
            .Select(f => f.GetProperty("message").GetString());
        Assert.Empty(failures);
    }

    [Fact]
    public void GoodProductionExample_ShouldHaveNoErrorOrWarning()
    {
        var result = BplProcess.InProcess("check", "examples/prod-cluster", "--now", Now, "--format", "json", "--fail-on", "warning");
        using var document = JsonDocument.Parse(result.Out);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(0, document.RootElement.GetProperty("summary").GetProperty("error").GetInt32());
        Assert.Equal(0, document.RootElement.GetProperty("summary").GetProperty("warning").GetInt32());
    }

    [Theory]
    [InlineData("none", 0)]
    [InlineData("error", 1)]
    public void FailOn_ShouldSetTheExitCode(string failOn, int expected)
    {
        Assert.Equal(expected, BplProcess.InProcess("check", "examples/flawed-prod", "--now", Now, "--fail-on", failOn).ExitCode);
    }

    [Fact]
    public void Output_ShouldWriteTheReportToTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"bpl-{Guid.NewGuid():N}.json");
        try
        {
            var result = BplProcess.InProcess("check", "examples", "--now", Now, "--format", "json", "--output", path);

            Assert.Equal("", result.Out);
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            Assert.True(document.RootElement.GetProperty("findings").GetArrayLength() > 0);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("check", "--format", "xml")]
    [InlineData("check", "--no-such-flag")]
    [InlineData("check", "does/not/exist")]
    [InlineData("check", "examples", "--now", "yesterday")]
    [InlineData("check", "examples", "--policy", "no-such-pack")]
    [InlineData("check", "examples", "--backups", "does/not/exist")]
    [InlineData("check", "examples", "--backups", "README.md")]
    [InlineData("check", "examples", "--backup-inspect", "examples/backups/payments-prod.inspect.txt")]
    [InlineData("check", "examples", "--backups", "examples/backups", "--backup-inspect", "no-such-file.txt")]
    [InlineData("check", "examples", "--backups", "examples/backups", "--backup-inspect", "examples")]
    [InlineData("check", "examples", "--backups", "")]
    public void BadInvocation_ShouldExitTwoWithOneClearLineAndNoStackTrace(params string[] args)
    {
        // In process: an exception escaping the command line fails the test itself, as it would crash bpl.
        AssertRefusedCleanly(BplProcess.InProcess(args));
    }

    /// <summary>The same through the executable: Main returns the exit code, and nothing else reaches stderr.</summary>
    [Theory]
    [InlineData("check", "--no-such-flag")]
    [InlineData("check", "examples", "--backups", "README.md")]
    public void BadInvocation_OfTheExecutable_ShouldExitTwoWithOneClearLineAndNoStackTrace(params string[] args)
    {
        AssertRefusedCleanly(BplProcess.Run(args));
    }

    private static void AssertRefusedCleanly(BplProcess.Result result)
    {
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("bpl: ", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Policy_ShouldOverrideTheEnvironmentPack()
    {
        var result = BplProcess.InProcess("check", "examples/flawed-prod", "--now", Now, "--policy", "development", "--format", "json");
        using var document = JsonDocument.Parse(result.Out);

        var bpl101 = document.RootElement.GetProperty("findings").EnumerateArray().First(f => f.GetProperty("ruleId").GetString() == "BPL101");
        Assert.Equal("warning", bpl101.GetProperty("severity").GetString());
    }
}
