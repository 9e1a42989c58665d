using System.Text.Json;
using BackupPolicyLint.Cli.Progress;
using BackupPolicyLint.Model.Inventory;
using BackupPolicyLint.Neo4j;
using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Cli.Tests.Inventory;

/// <summary>
/// Several DBMSs in one run over loopback servers: collected at once within the bound, each endpoint's statements one
/// after another, one endpoint's failure its own, results in the order given. Concurrency is counted by the servers
/// (<see cref="ConcurrencyProbe"/>), never inferred from the clock.
/// </summary>
public sealed class ManyDbmsCollectionTests
{
    private const string Now = "2026-11-20T06:00:00Z";

    private static Neo4jConnectionOptions Options(string uri) => new()
    {
        Endpoint = Neo4jEndpoint.Parse(uri),
        User = FakeNeo4jServer.User,
        Password = FakeNeo4jServer.Password,
        ToolVersion = "test",
    };

    private static string FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return $"http://127.0.0.1:{((System.Net.IPEndPoint)listener.LocalEndpoint).Port}"; // nobody listens once it stops
    }

    [Fact]
    public async Task CollectAsync_ShouldOverlapEndpointsUpToTheBound_AndKeepEachResultWithItsEndpoint()
    {
        // Given four servers sharing a probe that holds requests until two are in flight together, the second failing.
        var probe = new ConcurrencyProbe(holdUntil: 2, holdAtMost: TimeSpan.FromSeconds(2));
        await using var cluster = await FakeNeo4jServer.StartAsync("cluster-5.26", probe: probe);
        await using var refusing = await FakeNeo4jServer.StartAsync("cluster-2025.10", new Fault(FaultKind.Unauthorized), probe: probe);
        await using var community = await FakeNeo4jServer.StartAsync("community-5.26", probe: probe);
        await using var forbidding = await FakeNeo4jServer.StartAsync("enterprise-5.26-standalone", new Fault(FaultKind.Forbidden, "settings"), probe: probe);
        FakeNeo4jServer[] servers = [cluster, refusing, community, forbidding];
        var done = new System.Collections.Concurrent.ConcurrentBag<int>();

        // When they are collected two at a time.
        var results = await InventoryCollector.CollectAsync(servers.Select(s => Options(s.Uri)).ToList(), maxParallel: 2, done.Add);

        // Then more than one request was in flight at once, never more than the bound, and one at a time per endpoint.
        Assert.Equal(2, probe.MaxInFlight);
        Assert.All(servers, s => Assert.Equal(1, s.MaxInFlight));
        Assert.Equal([1, 2, 3, 4], done.Order());

        // And each endpoint has its own outcome, in the order given.
        Assert.Equal(servers.Select(s => Neo4jEndpoint.Parse(s.Uri)), results.Select(r => r.Options.Endpoint));
        Assert.Equal(3, results[0].Inventory!.Servers.Count);
        Assert.Empty(results[0].Inventory!.Incomplete);
        Assert.Null(results[1].Inventory);
        Assert.Contains("(HTTP 401)", results[1].Failure, StringComparison.Ordinal);
        Assert.Equal("community", results[2].Inventory!.Edition);
        Assert.Equal(InventoryParts.Servers, Assert.Single(results[2].Inventory!.Incomplete).Part);
        Assert.Equal(InventoryParts.Settings, Assert.Single(results[3].Inventory!.Incomplete).Part);
        Assert.Equal("enterprise", results[3].Inventory!.Edition);

        // The statements of a failing endpoint stop at its 401; the others ran all of theirs.
        Assert.Equal(6, cluster.Requests.Count);
        Assert.Equal(["GET /", "POST /db/system/query/v2 CALL dbms.components() YIELD name, versions, edition"], refusing.Requests);
        Assert.Equal(6, forbidding.Requests.Count);
    }

    [Fact]
    public async Task Check_WithSeveralDbmsOnOneHost_ShouldNameThemHostPort_AndJudgeEachPlanByItsOwn()
    {
        await using var healthy = await FakeNeo4jServer.StartAsync("cluster-2025.10");
        await using var refusing = await FakeNeo4jServer.StartAsync("cluster-2025.10", new Fault(FaultKind.Forbidden, "settings"));
        await using var community = await FakeNeo4jServer.StartAsync("community-5.26");
        using var directory = new TempDirectory();
        var plan = File.ReadAllText(Path.Combine(Repo.Fixtures, "Inventory", "cluster-plan.yaml"));
        string Claiming(string name, string uri) => plan
            .Replace("name: orders-cluster", $"name: {name}", StringComparison.Ordinal)
            .Replace("    topology: cluster\n", $"    topology: cluster\n    inventory: \"{new Uri(uri).Authority}\"\n", StringComparison.Ordinal);
        directory.Write("a.yaml", Claiming("plan-a", healthy.Uri));
        directory.Write("b.yaml", Claiming("plan-b", refusing.Uri));
        string[] check = ["check", ".", "--neo4j-uri", healthy.Uri, "--neo4j-uri", refusing.Uri, "--neo4j-uri", community.Uri, "--format", "json", "--now", Now];

        var together = InProcessCli.Run(directory.Path, InProcessCli.Credentials(), [.. check, "--neo4j-parallel", "3"]);
        var oneByOne = InProcessCli.Run(directory.Path, InProcessCli.Credentials(), [.. check, "--neo4j-parallel", "1"]);

        Assert.Equal("", together.Error);
        Assert.Equal(1, together.ExitCode);
        var findings = JsonDocument.Parse(together.Out).RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => (Rule: f.GetProperty("ruleId").GetString()!, File: f.GetProperty("file").GetString()!, Message: f.GetProperty("message").GetString()!))
            .ToList();
        // Both plans are judged against a live cluster (the archive database is offline on both)...
        Assert.Contains(findings, f => f is { Rule: "BPL803", File: "a.yaml" });
        Assert.Contains(findings, f => f is { Rule: "BPL803", File: "b.yaml" });
        // ...and only plan-b's inventory, 127.0.0.1:<its port>, misses its settings.
        var incomplete = Assert.Single(findings, f => f.Rule == "BPL805");
        Assert.Equal("b.yaml", incomplete.File);
        Assert.Contains($"'{new Uri(refusing.Uri).Authority}'", incomplete.Message, StringComparison.Ordinal);
        // The report does not depend on how many were collected at once (apart from the run record's collection times).
        Assert.Equal(WithoutRunRecord(together.Out), WithoutRunRecord(oneByOne.Out));
    }

    [Fact]
    public async Task Check_WhenSomeDbmsCannotBeCollected_ShouldEndWithOneLineEach_InCommandLineOrder_AfterTheOthersFinished()
    {
        // The 401 server answers late, so the unreachable endpoint fails first; its line still comes second.
        await using var healthy = await FakeNeo4jServer.StartAsync("cluster-2025.10");
        await using var refusing = await FakeNeo4jServer.StartAsync("cluster-2025.10", new Fault(FaultKind.Unauthorized), delay: TimeSpan.FromMilliseconds(300));
        var unreachable = FreePort();
        using var directory = new TempDirectory();
        directory.Write("plan.yaml", File.ReadAllText(Path.Combine(Repo.Fixtures, "Inventory", "cluster-plan.yaml")));

        var result = InProcessCli.Run(
            directory.Path, InProcessCli.Credentials(), "check", "plan.yaml", "--neo4j-uri", healthy.Uri, "--neo4j-uri", refusing.Uri, "--neo4j-uri", unreachable, "--format", "json");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith($"bpl: Neo4j at {Neo4jEndpoint.Display(new Uri(refusing.Uri))} rejected the credentials", lines[0], StringComparison.Ordinal);
        Assert.StartsWith($"bpl: cannot reach Neo4j at {unreachable}", lines[1], StringComparison.Ordinal);
        Assert.Equal(6, healthy.Requests.Count); // not cancelled by the others' failures
        Assert.DoesNotContain(FakeNeo4jServer.Password, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_OnATerminal_ShouldCountEndpointsOnStderr_AndClearTheLineBeforeTheReport()
    {
        await using var first = await FakeNeo4jServer.StartAsync("community-5.26");
        await using var second = await FakeNeo4jServer.StartAsync("enterprise-5.26-standalone");
        using var directory = new TempDirectory();
        directory.Write("plan.yaml", File.ReadAllText(Path.Combine(Repo.Fixtures, "Inventory", "cluster-plan.yaml")));
        var clock = TimeSpan.Zero;

        // A clock that moves a second per update, so the throttle lets every update through.
        var result = InProcessCli.RunWithProgress(
            directory.Path,
            InProcessCli.Credentials(),
            error => new TerminalProgressReporter(error, 120, () => clock += TimeSpan.FromSeconds(1)),
            "check", "plan.yaml", "--neo4j-uri", first.Uri, "--neo4j-uri", second.Uri, "--format", "json", "--now", Now);

        Assert.NotEqual(2, result.ExitCode);
        var shown = result.Error.Split('\r', StringSplitOptions.RemoveEmptyEntries).Select(s => s.TrimEnd()).Where(s => s.Length > 0).Distinct().ToList();
        Assert.Equal(["collecting inventory 0/2…", "collecting inventory 1/2…", "collecting inventory 2/2…"], shown);
        Assert.Matches(@"\r +\r$", result.Error);
        Assert.DoesNotContain("collecting", result.Out, StringComparison.Ordinal);
        JsonDocument.Parse(result.Out).Dispose();
    }

    private static string WithoutRunRecord(string json)
    {
        var root = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();
        root.Remove("run");
        return root.ToJsonString();
    }
}
