using System.Text.Json;
using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Cli.Tests.Inventory;

/// <summary>
/// Issue 17 (1): a live comparison that compares nothing must say so. Each case runs `bpl check` in process against the
/// loopback Neo4j emulator (Community 5.26, recorded replies) under the production pack. The plan is one that is clean
/// of every rule without an inventory, so a non-zero exit comes from the live comparison or from BPL806 alone.
/// </summary>
public sealed class UnmatchedInventoryTests
{
    private const string Now = "2026-11-20T06:00:00Z";

    private static string CleanPlan(string name = "fixture-prod") =>
        File.ReadAllText(Path.Combine(Repo.Fixtures, "Rules", "BPL805", "quiet.yaml")).Replace("name: fixture-prod", $"name: {name}", StringComparison.Ordinal);

    private static string Naming(string plan, string inventory) =>
        plan.Replace("  dbms:\n", $"  dbms:\n    inventory: {inventory}\n", StringComparison.Ordinal);

    private static List<(string Rule, string File, int Line, string Source, string Message)> Findings(string json) =>
        JsonDocument.Parse(json).RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => (f.GetProperty("ruleId").GetString()!, f.GetProperty("file").GetString()!, f.GetProperty("line").GetInt32(), f.GetProperty("source").GetString()!, f.GetProperty("message").GetString()!))
            .ToList();

    [Fact]
    public void CleanPlan_WithoutInventory_ShouldPass()
    {
        using var directory = new TempDirectory();
        directory.Write("plan.yaml", CleanPlan());

        var result = InProcessCli.Run(directory.Path, new Dictionary<string, string>(), "check", "plan.yaml", "--format", "json", "--now", Now);

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(Findings(result.Out));
    }

    [Fact]
    public async Task SnapshotCollectedUnderAnotherName_ShouldBeReportedOnThePlanKeyAndOnTheSnapshot()
    {
        // Given a snapshot collected with --name local-community, as the docs suggest, and a plan that says "local"
        await using var server = await FakeNeo4jServer.StartAsync("community-5.26");
        using var directory = new TempDirectory();
        directory.Write("plan.yaml", Naming(CleanPlan(), "local"));
        var collect = InProcessCli.Run(directory.Path, InProcessCli.Credentials(), "inventory", "collect", "--neo4j-uri", server.Uri, "--name", "local-community", "--out", "snap.json");

        // When the plan is checked against it
        var result = InProcessCli.Run(directory.Path, new Dictionary<string, string>(), "check", "plan.yaml", "--inventory", "snap.json", "--format", "json", "--now", Now);

        // Then both ends of the mismatch are findings, located, and the run fails
        Assert.Equal(0, collect.ExitCode);
        Assert.Equal(1, result.ExitCode);
        var findings = Findings(result.Out);
        Assert.All(findings, f => Assert.Equal("BPL806", f.Rule));
        var onPlan = Assert.Single(findings, f => f.File == "plan.yaml");
        Assert.Equal(10, onPlan.Line);
        Assert.Contains("names 'local', but the run was given no inventory of that name (given: 'local-community' (--inventory snap.json))", onPlan.Message, StringComparison.Ordinal);
        var onSnapshot = Assert.Single(findings, f => f.File == "snap.json");
        var nameLine = Array.FindIndex(File.ReadAllLines(Path.Combine(directory.Path, "snap.json")), l => l.Contains("\"name\": \"local-community\"", StringComparison.Ordinal)) + 1;
        Assert.Equal(("inventory", nameLine), (onSnapshot.Source, onSnapshot.Line));
        Assert.Contains("Inventory 'local-community' (--inventory snap.json) describes none of the checked plans", onSnapshot.Message, StringComparison.Ordinal);
        Assert.Contains("plan 'fixture-prod' (plan.yaml) names inventory 'local'", onSnapshot.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LiveDbmsUnderAnotherName_ShouldBeReportedOnThePlanKeyAndOnTheCommandLine()
    {
        await using var server = await FakeNeo4jServer.StartAsync("community-5.26");
        using var directory = new TempDirectory();
        directory.Write("plan.yaml", Naming(CleanPlan(), "local-community"));

        var result = InProcessCli.Run(directory.Path, InProcessCli.Credentials(), "check", "plan.yaml", "--neo4j-uri", server.Uri, "--format", "json", "--now", Now);

        Assert.Equal(1, result.ExitCode);
        var findings = Findings(result.Out);
        Assert.Equal(2, findings.Count(f => f.Rule == "BPL806"));
        Assert.Contains(findings, f => f is { Rule: "BPL806", File: "plan.yaml", Line: 10 });
        var onCommandLine = Assert.Single(findings, f => f.File == "<command line>");
        Assert.Contains($"Inventory '127.0.0.1' (--neo4j-uri {server.Uri.TrimEnd('/')})", onCommandLine.Message, StringComparison.Ordinal);
        Assert.Contains("names inventory 'local-community'", onCommandLine.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("127.0.0.1", "localhost")]
    [InlineData("localhost", "127.0.0.1")]
    public async Task PlanServerOnLoopback_WhenTheUriIsLoopbackSpelledOtherwise_ShouldBeCompared(string planHost, string uriHost)
    {
        // Given a plan whose first server is on loopback, and a second plan so that only the host can match
        await using var server = await FakeNeo4jServer.StartAsync("community-5.26");
        using var directory = new TempDirectory();
        directory.Write("plan.yaml", CleanPlan().Replace("address: 10.0.1.11,", $"address: {planHost},", StringComparison.Ordinal));
        directory.Write("other.yaml", CleanPlan("other-prod").Replace("10.0.1.", "10.0.7.", StringComparison.Ordinal));
        var uri = server.Uri.Replace("127.0.0.1", uriHost, StringComparison.Ordinal);

        var result = InProcessCli.Run(directory.Path, InProcessCli.Credentials(), "check", ".", "--neo4j-uri", uri, "--format", "json", "--now", Now);

        // Then the plan is judged against the live Community DBMS: it lacks the servers list, and its edition differs
        Assert.Equal(1, result.ExitCode);
        var findings = Findings(result.Out);
        Assert.DoesNotContain(findings, f => f.Rule == "BPL806");
        Assert.Contains(findings, f => f is { Rule: "BPL805", File: "plan.yaml", Source: "inventory" });
        Assert.Contains(findings, f => f is { Rule: "BPL802", File: "plan.yaml", Source: "inventory" });
        Assert.DoesNotContain(findings, f => f.File == "other.yaml");
    }

    [Fact]
    public async Task OnePlanAndOneInventory_WithNoNameOnEitherSide_ShouldBeCompared()
    {
        // Given one plan whose servers share no host with the DBMS, and neither names the other
        await using var server = await FakeNeo4jServer.StartAsync("community-5.26");
        using var directory = new TempDirectory();
        directory.Write("plan.yaml", CleanPlan());

        var result = InProcessCli.Run(directory.Path, InProcessCli.Credentials(), "check", "plan.yaml", "--neo4j-uri", server.Uri, "--format", "json", "--now", Now);

        Assert.Equal(1, result.ExitCode);
        var findings = Findings(result.Out);
        Assert.DoesNotContain(findings, f => f.Rule == "BPL806");
        Assert.Contains(findings, f => f is { Rule: "BPL805", File: "plan.yaml", Source: "inventory" });
    }

    [Fact]
    public async Task TwoPlansAndOneInventory_SharingNoHost_ShouldReportTheInventoryWithEachPlansReason()
    {
        await using var server = await FakeNeo4jServer.StartAsync("community-5.26");
        using var directory = new TempDirectory();
        directory.Write("a.yaml", CleanPlan("plan-a"));
        directory.Write("b.yaml", Naming(CleanPlan("plan-b"), "orders-prod"));

        var result = InProcessCli.Run(directory.Path, InProcessCli.Credentials(), "check", ".", "--neo4j-uri", server.Uri, "--format", "json", "--now", Now);

        Assert.Equal(1, result.ExitCode);
        var findings = Findings(result.Out);
        var unused = Assert.Single(findings, f => f.File == "<command line>");
        Assert.Equal(("BPL806", 1, "inventory"), (unused.Rule, unused.Line, unused.Source));
        Assert.Contains("plan 'plan-a' (a.yaml) names no inventory, and its servers (server-1, 10.0.1.11, server-2, 10.0.1.12, server-3, 10.0.1.13) share no host with the inventory's (127.0.0.1)", unused.Message, StringComparison.Ordinal);
        Assert.Contains("plan 'plan-b' (b.yaml) names inventory 'orders-prod'", unused.Message, StringComparison.Ordinal);
        Assert.Contains(findings, f => f is { Rule: "BPL806", File: "b.yaml" });
        Assert.DoesNotContain(findings, f => f.Rule == "BPL805");
    }

    [Fact]
    public async Task UnusedInventory_ShouldBeInTheSarifRulesAndLocatedOnTheCommandLine()
    {
        await using var server = await FakeNeo4jServer.StartAsync("community-5.26");
        using var directory = new TempDirectory();
        directory.Write("a.yaml", Naming(CleanPlan("plan-a"), "elsewhere"));

        var result = InProcessCli.Run(directory.Path, InProcessCli.Credentials(), "check", ".", "--neo4j-uri", server.Uri, "--format", "sarif", "--now", Now);

        var run = JsonDocument.Parse(result.Out).RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Contains("BPL806", rules);
        Assert.All(results, r => Assert.Equal(rules.IndexOf("BPL806"), r.GetProperty("ruleIndex").GetInt32()));
        Assert.Contains(results, r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString() == "%3Ccommand%20line%3E");
    }

    [Theory]
    [InlineData("http://localhost:7474", "127.0.0.1", true)]
    [InlineData("http://127.0.0.1:7474", "localhost", true)]
    [InlineData("http://[::1]:7474", "127.0.0.1", true)]
    [InlineData("http://localhost:7474", "::1", true)]
    [InlineData("http://127.0.0.1:7474", "127.0.1.1", true)]
    [InlineData("http://10.0.1.11:7474", "10.0.1.11", true)]
    [InlineData("http://10.0.1.11:7474", "127.0.0.1", false)] // loopback is a host only when the URI is loopback
    [InlineData("http://localhost:7474", "10.0.1.99", false)]
    public void Snapshot_ShouldMatchAPlanServerByHost_WithLoopbackAsOneHost(string source, string planHost, bool matches)
    {
        using var directory = new TempDirectory();
        directory.Write("a.yaml", CleanPlan("plan-a").Replace("address: 10.0.1.11,", $"address: \"{planHost}\",", StringComparison.Ordinal));
        directory.Write("b.yaml", CleanPlan("plan-b").Replace("10.0.1.", "10.0.7.", StringComparison.Ordinal));
        directory.Write("snap.json", $$$"""
            {"apiVersion":"bpl/v1","kind":"Inventory","metadata":{"name":"snap","collectedAt":"2026-11-20T05:00:00Z","source":"{{{source}}}","toolVersion":"0.1.0"},
             "spec":{"edition":"enterprise","version":"2025.10.1","incomplete":[{"part":"settings","reason":"permission denied (HTTP 403)"}]}}
            """);

        var result = InProcessCli.Run(directory.Path, new Dictionary<string, string>(), "check", "a.yaml", "b.yaml", "--inventory", "snap.json", "--format", "json", "--now", Now);

        var findings = Findings(result.Out);
        Assert.Equal(matches, findings.Any(f => f is { Rule: "BPL805", File: "a.yaml" }));
        Assert.Equal(!matches, findings.Any(f => f is { Rule: "BPL806", File: "snap.json" }));
        Assert.Equal(1, result.ExitCode);
    }

    [Theory]
    [InlineData("text", "<command line>:1:1: error BPL806 inventory-unmatched: Inventory '127.0.0.1'")]
    [InlineData("github", "file=<command line>,line=1")]
    [InlineData("markdown", "BPL806")]
    [InlineData("html", "&lt;command line&gt;")]
    [InlineData("junit", "BPL806")]
    public async Task UnusedLiveInventory_ShouldBeWrittenByEveryFormat(string format, string expected)
    {
        await using var server = await FakeNeo4jServer.StartAsync("community-5.26");
        using var directory = new TempDirectory();
        directory.Write("a.yaml", Naming(CleanPlan("plan-a"), "elsewhere"));

        var result = InProcessCli.Run(directory.Path, InProcessCli.Credentials(), "check", ".", "--neo4j-uri", server.Uri, "--format", format, "--now", Now);

        Assert.Equal((1, ""), (result.ExitCode, result.Error));
        Assert.Contains(expected, result.Out, StringComparison.Ordinal);
    }
}
