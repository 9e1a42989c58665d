using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Cli.Tests.Inventory;

/// <summary>`bpl init`: a starter plan that declares what the DBMS has and passes the schema.</summary>
public sealed class InitCommandTests
{
    [Fact]
    public async Task InitFromLiveCluster_ShouldDeclareEveryDatabaseAndServer_AndBeAValidPlan()
    {
        await using var server = await FakeNeo4jServer.StartAsync("cluster-2025.10");
        using var directory = new TempDirectory();

        var init = InProcessCli.Run(directory.Path, InProcessCli.Credentials(), "init", "--neo4j-uri", server.Uri, "--output", "plan.yaml");
        var check = InProcessCli.Run(directory.Path, new Dictionary<string, string>(), "check", "plan.yaml", "--format", "json");

        Assert.Equal(0, init.ExitCode);
        var plan = File.ReadAllText(Path.Combine(directory.Path, "plan.yaml"));
        foreach (var expected in new[] { "- name: neo4j", "- name: system", "- name: orders", "- name: archive", "- name: reports", "- name: catalog", "type: composite", "constituents: [ orders, reports ]", "- name: server-1", "address: \"10.0.1.13:7687\"", "version: \"2025.10\"", "topology: cluster", "databases: [ \"*\" ]", "TODO" })
        {
            Assert.Contains(expected, plan, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("\"ruleId\": \"BPL001\"", check.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("\"ruleId\": \"BPL002\"", check.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeNeo4jServer.Password, plan + init.Out + init.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void InitWithoutSource_ShouldWriteAValidCommentedTemplate_AndNeverOverwrite()
    {
        using var directory = new TempDirectory();

        var first = InProcessCli.Run(directory.Path, new Dictionary<string, string>(), "init", "--output", "plan.yaml");
        var again = InProcessCli.Run(directory.Path, new Dictionary<string, string>(), "init", "--output", "plan.yaml");
        var check = InProcessCli.Run(directory.Path, new Dictionary<string, string>(), "check", "plan.yaml", "--format", "json");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("already exists", again.Error, StringComparison.Ordinal);
        Assert.StartsWith("# yaml-language-server", File.ReadAllText(Path.Combine(directory.Path, "plan.yaml")), StringComparison.Ordinal);
        Assert.DoesNotContain("\"ruleId\": \"BPL00", check.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void InitFromCommunitySnapshot_ShouldPlanDumps()
    {
        using var directory = new TempDirectory();
        directory.Write("inv.yaml", """
            apiVersion: bpl/v1
            kind: Inventory
            metadata: { name: dev, collectedAt: 2026-11-20T05:00:00Z, source: "http://10.20.0.5:7474" }
            spec:
              edition: community
              version: 5.26.0
              databases:
                - { name: neo4j, type: standard, currentStatus: online, address: "10.20.0.5:7687" }
                - { name: system, type: system, currentStatus: online, address: "10.20.0.5:7687" }
            """);

        var init = InProcessCli.Run(directory.Path, new Dictionary<string, string>(), "init", "--inventory", "inv.yaml");

        Assert.Equal(0, init.ExitCode);
        Assert.Contains("command: dump", init.Out, StringComparison.Ordinal);
        Assert.Contains("edition: community", init.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("backupListener", init.Out, StringComparison.Ordinal);
    }
}
