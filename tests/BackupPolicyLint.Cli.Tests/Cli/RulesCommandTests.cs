using System.Text.Json;
using BackupPolicyLint.Rules.BuiltIn;
using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Cli.Tests.Cli;

/// <summary>`bpl rules list --format json`, and the project's custom rules (YAML and .csx) in `rules list` and `rules explain`.</summary>
public sealed class RulesCommandTests
{
    private const string Config = "examples/policies/bpl.yaml";

    private static InProcessCli.Result Run(params string[] args) => InProcessCli.Run(Repo.Root, new Dictionary<string, string>(), args);

    [Fact]
    public void ListAsJson_ShouldDescribeEveryBuiltInRule()
    {
        var result = Run("rules", "list", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var rules = JsonDocument.Parse(result.Out).RootElement.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(RuleCatalog.Descriptors.Select(d => d.Id), rules.Select(r => r.GetProperty("id").GetString()));
        var bpl005 = rules.Single(r => r.GetProperty("id").GetString() == "BPL005");
        Assert.Equal("waiver-expired", bpl005.GetProperty("name").GetString());
        Assert.Equal("Diagnostics", bpl005.GetProperty("category").GetString());
        Assert.Equal("warning", bpl005.GetProperty("severities").GetProperty("development").GetString());
        var bpl501 = rules.Single(r => r.GetProperty("id").GetString() == "BPL501");
        Assert.Equal("backup-traffic-without-tls", bpl501.GetProperty("name").GetString());
        Assert.Equal("error", bpl501.GetProperty("severities").GetProperty("production").GetString());
        Assert.Equal(7.5, bpl501.GetProperty("securitySeverity").GetDouble());
        Assert.Equal(["plan", "config", "inventory"], bpl501.GetProperty("inputs").EnumerateArray().Select(i => i.GetString()));
        Assert.Equal("built-in", bpl501.GetProperty("origin").GetString());
        var bpl202 = rules.Single(r => r.GetProperty("id").GetString() == "BPL202");
        Assert.Equal(JsonValueKind.Null, bpl202.GetProperty("severities").GetProperty("development").ValueKind);
    }

    [Fact]
    public void List_ShouldShowTheConfigsCustomRules_YamlAndScript()
    {
        var text = Run("rules", "list", "--config", Config);
        var json = Run("rules", "list", "-f", "json", "--config", Config);

        Assert.Equal(0, text.ExitCode);
        Assert.Contains("ACME101  production-keeps-30-days", text.Out, StringComparison.Ordinal);
        Assert.Contains("ACME201  production-plan-cost-centre", text.Out, StringComparison.Ordinal);
        Assert.Contains("(3 custom, from ", text.Out, StringComparison.Ordinal);
        var rules = JsonDocument.Parse(json.Out).RootElement.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal("examples/policies/rules/acme-cost-centre.csx", rules.Single(r => r.GetProperty("id").GetString() == "ACME201").GetProperty("origin").GetString());
        Assert.Equal("examples/policies/rules/acme-prod-retention-30d.yaml", rules.Single(r => r.GetProperty("id").GetString() == "ACME101").GetProperty("origin").GetString());
    }

    [Fact]
    public void List_WithNoScripts_ShouldLeaveOutScriptRules()
    {
        var result = Run("rules", "list", "--config", Config, "--no-scripts");

        Assert.Contains("ACME101", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("ACME201", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ACME101", "```yaml")]
    [InlineData("production-keeps-30-days", "```yaml")]
    [InlineData("acme201", "```csharp")]
    public void Explain_ShouldPrintACustomRulesDeclaration(string id, string fence)
    {
        var result = Run("rules", "explain", id, "--config", Config);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("# ACME", result.Out, StringComparison.Ordinal);
        Assert.Contains("A custom rule of this project, declared in `examples/policies/rules/", result.Out, StringComparison.Ordinal);
        Assert.Contains(fence, result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_OfACustomRuleWithoutItsConfig_ShouldExitTwo()
    {
        var result = Run("rules", "explain", "ACME101", "--no-config");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("bpl: no rule or diagnostic 'ACME101'", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("parse-error", "# BPL001: parse-error")]
    [InlineData("BPL101", "# BPL101: system-database-not-covered")]
    public void Explain_ShouldPrintThePageWithoutTheGeneratorsMarkers(string id, string title)
    {
        var result = Run("rules", "explain", id);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith(title + "\n\n| id | name | category |", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("<!--", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("BPL503", "| plan, scripts | cluster | warning |")]
    [InlineData("BPL101", "| plan, scripts, inventory | the system database (4.0+) | error |")]
    [InlineData("BPL102", "| none |")]
    public void Explain_ShouldSayWhatTheEngineRequiresBeforeItAsksTheRule(string id, string row)
    {
        var result = Run("rules", "explain", id);

        Assert.Contains("| inputs | requires |", result.Out, StringComparison.Ordinal);
        Assert.Contains(row, result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Docs_IntoAFolderThatDoesNotExist_ShouldExitTwo()
    {
        var result = Run("rules", "docs", "--output", "no/such/folder");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("bpl: no folder 'no/such/folder': --output names the folder of the rule pages (docs/rules)\n", result.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Docs_ShouldWriteOnlyWhatChanged_AndSaySo()
    {
        using var directory = new TempDirectory();
        foreach (var file in Directory.GetFiles(Repo.Path("docs", "rules")))
        {
            File.Copy(file, Path.Combine(directory.Path, Path.GetFileName(file)));
        }

        File.WriteAllText(Path.Combine(directory.Path, "BPL102.md"), File.ReadAllText(Path.Combine(directory.Path, "BPL102.md")).Replace("| error | error | warning |", "| note | note | note |", StringComparison.Ordinal));
        var first = InProcessCli.Run(directory.Path, new Dictionary<string, string>(), "rules", "docs", "--output", ".");
        var second = InProcessCli.Run(directory.Path, new Dictionary<string, string>(), "rules", "docs", "--output", ".");

        Assert.Equal("wrote ./BPL102.md\n1 file written\n", first.Out.ReplaceLineEndings("\n"));
        Assert.Equal(File.ReadAllText(Repo.Path("docs", "rules", "BPL102.md")), File.ReadAllText(Path.Combine(directory.Path, "BPL102.md")));
        Assert.Equal("the rule docs are up to date\n", second.Out.ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("off", false)]
    [InlineData("error", true)]
    public void Pack_ShouldAcceptBuiltInAndCustomRuleNames(string customSeverity, bool customReported)
    {
        // A production plan keeping 14 days: BPL405 (a warning in production) and ACME101 both have something to say.
        using var directory = new TempDirectory();
        directory.Write("plan.yaml", File.ReadAllText(Path.Combine(Repo.Fixtures, "base-plan.yaml")).Replace("maxAge: 35d", "maxAge: 14d", StringComparison.Ordinal));
        directory.Write("rules/keep.yaml", File.ReadAllText(Repo.Path("examples", "policies", "rules", "acme-prod-retention-30d.yaml")));
        directory.Write("pack.yaml", $"apiVersion: bpl/v1\nkind: PolicyPack\nmetadata: {{ name: named, version: \"1\" }}\nspec:\n  extends: production\n  rules:\n    retention-below-minimum: note\n    production-keeps-30-days: {customSeverity}\n");
        directory.Write(".bpl.yaml", "apiVersion: bpl/v1\nkind: Config\nspec:\n  rules: [ rules ]\n  packs:\n    - pack: pack.yaml\n");

        var result = InProcessCli.Run(directory.Path, new Dictionary<string, string>(), "check", "plan.yaml", "--format", "json", "--now", "2026-11-20T06:00:00Z");

        Assert.True(result.Error.Length == 0, result.Error);
        var findings = JsonDocument.Parse(result.Out).RootElement.GetProperty("findings").EnumerateArray().ToList();
        Assert.Equal(customReported, findings.Any(f => f.GetProperty("ruleId").GetString() == "ACME101"));
        var bpl405 = Assert.Single(findings, f => f.GetProperty("ruleId").GetString() == "BPL405");
        Assert.Equal("note", bpl405.GetProperty("severity").GetString());
    }
}
