using System.Text.Json;
using BackupPolicyLint.Cli.Inventory;
using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Cli.Tests.Cli;

/// <summary>`bpl schema KIND` prints each input's schema as published in policies/schema; `bpl init`'s modeline points at raw JSON.</summary>
public sealed class SchemaCommandTests
{
    private static InProcessCli.Result Run(string directory, params string[] args) => InProcessCli.Run(directory, new Dictionary<string, string>(), args);

    [Theory]
    [InlineData("plan", "backup-plan.schema.json")]
    [InlineData("config", "config.schema.json")]
    [InlineData("pack", "policy-pack.schema.json")]
    [InlineData("rule", "rule.schema.json")]
    [InlineData("waiver", "waivers.schema.json")]
    public void Kind_ShouldPrintItsPublishedSchema(string kind, string file)
    {
        var result = Run(Repo.Root, "schema", kind);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(File.ReadAllText(Repo.Path("policies", "schema", file)), result.Out);
        Assert.Equal("http://json-schema.org/draft-07/schema#", JsonDocument.Parse(result.Out).RootElement.GetProperty("$schema").GetString());
    }

    [Fact]
    public void Inventory_ShouldSayThereIsNoSchemaYet()
    {
        var result = Run(Repo.Root, "schema", "inventory");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("bpl: there is no JSON Schema for inventory snapshots yet", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_ShouldWriteTheSchemaToAFile()
    {
        using var directory = new TempDirectory();

        var result = Run(directory.Path, "schema", "plan", "-o", "plan.schema.json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(File.ReadAllText(Repo.Path("policies", "schema", "backup-plan.schema.json")), File.ReadAllText(Path.Combine(directory.Path, "plan.schema.json")));
    }

    [Fact]
    public void UnknownKind_ShouldBeOneLineNamingTheKinds()
    {
        var result = Run(Repo.Root, "schema", "packs");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("bpl: schema 'packs' is not one of: plan, config, pack, rule, waiver, inventory; did you mean 'pack'?" + Environment.NewLine, result.Error);
    }

    [Fact]
    public void InitModeline_ShouldPointAtTheRawSchemaOnTheDefaultBranch()
    {
        var result = Run(Repo.Root, "init");

        var modeline = result.Out.Split('\n')[0];
        Assert.Equal($"# yaml-language-server: $schema={PlanScaffold.SchemaUri}", modeline);
        Assert.StartsWith("https://raw.githubusercontent.com/", PlanScaffold.SchemaUri, StringComparison.Ordinal);
        // The path under the branch is the schema's path in this repository, so the URL serves the file bpl embeds.
        Assert.EndsWith("/main/policies/schema/backup-plan.schema.json", PlanScaffold.SchemaUri, StringComparison.Ordinal);
        Assert.True(File.Exists(Repo.Path("policies", "schema", "backup-plan.schema.json")));
    }
}
