using System.Text.Json;
using Xunit;

namespace BackupPolicyLint.Cli.Tests;

public sealed class OtherCommandTests
{
    [Fact]
    public void Version_ShouldPrintTheToolVersion()
    {
        var result = BplProcess.Run("--version");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", result.Out.Trim());
    }

    [Fact]
    public void RulesList_ShouldListEveryRuleWithCategoryAndSeverities()
    {
        var result = BplProcess.InProcess("rules", "list");

        Assert.Equal(0, result.ExitCode);
        Golden.Match("rules-list.txt", result.Out);
    }

    [Theory]
    [InlineData("BPL101")]
    [InlineData("system-database-not-covered")]
    [InlineData("bpl002")]
    public void RulesExplain_ShouldPrintTheDocsPage(string id)
    {
        var result = BplProcess.InProcess("rules", "explain", id);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("# BPL", result.Out, StringComparison.Ordinal);
        Assert.Contains("## How to fix", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void RulesExplain_OfAnUnknownRule_ShouldExitTwo()
    {
        var result = BplProcess.InProcess("rules", "explain", "BPL999");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no rule or diagnostic 'BPL999'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_ShouldPrintTheDraft07PlanSchema()
    {
        var result = BplProcess.InProcess("schema");
        using var document = JsonDocument.Parse(result.Out);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("http://json-schema.org/draft-07/schema#", document.RootElement.GetProperty("$schema").GetString());
        Assert.Equal(File.ReadAllText(BackupPolicyLint.Tests.Support.Repo.Path("policies", "schema", "backup-plan.schema.json")), result.Out);
    }
}
