using System.Text;
using System.Text.Json;
using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Cli.Tests.Inventory;

/// <summary>`bpl check --neo4j-uri`, `bpl inventory collect` and `bpl check --inventory` end to end over a loopback server.</summary>
public sealed class LiveCheckCommandTests
{
    private static readonly string PasswordBase64 = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{FakeNeo4jServer.User}:{FakeNeo4jServer.Password}"));

    private static string ClusterPlan(string scenario)
    {
        var plan = File.ReadAllText(Path.Combine(Repo.Fixtures, "Inventory", "cluster-plan.yaml"));
        // 5.26 has no --remote-address-resolution; keep BPL505 out of the picture.
        return scenario == "cluster-5.26"
            ? plan.Replace("version: \"2025.10\"", "version: \"5.26\"", StringComparison.Ordinal).Replace("remoteAddressResolution: true", "remoteAddressResolution: false", StringComparison.Ordinal)
            : plan;
    }

    private static List<(string Rule, int Line, string Source, string Message)> Findings(string json) =>
        JsonDocument.Parse(json).RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => (f.GetProperty("ruleId").GetString()!, f.GetProperty("line").GetInt32(), f.GetProperty("source").GetString()!, f.GetProperty("message").GetString()!))
            .ToList();

    [Theory]
    [InlineData("cluster-5.26")]
    [InlineData("cluster-2025.10")]
    public async Task CheckAgainstCluster_ShouldReportUncoveredCompositeTlsAndOfflineFromTheInventory(string scenario)
    {
        await using var server = await FakeNeo4jServer.StartAsync(scenario);
        using var directory = new TempDirectory();
        directory.Write("plan.yaml", ClusterPlan(scenario));

        var result = InProcessCli.Run(directory.Path, InProcessCli.Credentials(), "check", "plan.yaml", "--neo4j-uri", server.Uri, "--format", "json", "--now", "2026-11-20T06:00:00Z");

        Assert.Equal(1, result.ExitCode);
        var findings = Findings(result.Out);
        var live = findings.Where(f => f.Source == "inventory").ToList();
        Assert.Contains(live, f => f.Rule == "BPL102" && f.Message.Contains("'reports'", StringComparison.Ordinal));
        Assert.Equal(2, live.Count(f => f.Rule == "BPL103" && f.Message.Contains("'catalog'", StringComparison.Ordinal)));
        Assert.Contains(live, f => f.Rule == "BPL801" && f.Message.Contains("backupListener.tls is true", StringComparison.Ordinal));
        Assert.Contains(live, f => f.Rule == "BPL501" && f.Message.Contains("0.0.0.0:6362", StringComparison.Ordinal));
        Assert.Equal(2, live.Count(f => f.Rule == "BPL803" && f.Message.Contains("'archive'", StringComparison.Ordinal)));
        Assert.DoesNotContain(findings, f => f.Rule == "BPL805");
    }

    [Theory]
    [InlineData("snapshot.json")]
    [InlineData("snapshot.yaml")]
    public async Task SnapshotWrittenByCollect_ShouldGiveTheSameFindingsAsTheLiveRun(string snapshot)
    {
        await using var server = await FakeNeo4jServer.StartAsync("cluster-2025.10", new Fault(FaultKind.Forbidden, "servers"));
        using var directory = new TempDirectory();
        directory.Write("plan.yaml", ClusterPlan("cluster-2025.10"));
        var credentials = InProcessCli.Credentials();

        var liveRun = InProcessCli.Run(directory.Path, credentials, "check", "plan.yaml", "--neo4j-uri", server.Uri, "--format", "json", "--now", "2026-11-20T06:00:00Z");
        var collect = InProcessCli.Run(directory.Path, credentials, "inventory", "collect", "--neo4j-uri", server.Uri, "--out", snapshot);
        var fromSnapshot = InProcessCli.Run(directory.Path, new Dictionary<string, string>(), "check", "plan.yaml", "--inventory", snapshot, "--format", "json", "--now", "2026-11-20T06:00:00Z");

        Assert.Equal(0, collect.ExitCode);
        Assert.Contains("servers could not be collected", collect.Error, StringComparison.Ordinal);
        Assert.Equal(liveRun.ExitCode, fromSnapshot.ExitCode);
        Assert.Equal(Findings(liveRun.Out), Findings(fromSnapshot.Out));
        Assert.Contains(Findings(liveRun.Out), f => f.Rule == "BPL805" && f.Source == "inventory");
        var text = File.ReadAllText(Path.Combine(directory.Path, snapshot));
        Assert.Contains("kind: Inventory", text.Replace("\"kind\": \"Inventory\"", "kind: Inventory", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain(FakeNeo4jServer.Password, text, StringComparison.Ordinal);
        Assert.DoesNotContain(PasswordBase64, text, StringComparison.Ordinal);
    }

    public static TheoryData<string, string?, FaultKind?, string, int, string> Faults() => new()
    {
        // scenario, faulty part (null: all), fault, extra option, expected exit code, expected text (stderr, or a finding)
        { "cluster-2025.10", null, FaultKind.Unauthorized, "", 2, "rejected the credentials of user 'neo4j' (HTTP 401)" },
        { "cluster-2025.10", "settings", FaultKind.Forbidden, "", 1, "BPL805" },
        { "community-5.26", null, null, "", 1, "BPL805" },
        { "cluster-2025.10", "settings", FaultKind.Slow, "--timeout=1", 1, "BPL805" },
        { "cluster-2025.10", null, FaultKind.Slow, "--timeout=1", 2, "nothing could be collected from Neo4j at http://127.0.0.1:" },
        { "cluster-2025.10", "servers", FaultKind.ServerError, "", 1, "BPL805" },
        { "cluster-2025.10", null, FaultKind.ServerError, "", 2, "the server failed (HTTP 500" },
        { "cluster-2025.10", null, FaultKind.MalformedJson, "", 2, "malformed JSON" },
        { "cluster-2025.10", null, FaultKind.NotNeo4j, "", 2, "does not look like a Neo4j HTTP endpoint" },
        { "cluster-2025.10", "databases", FaultKind.Huge, "", 1, "BPL805" },
        { "cluster-2025.10", "databases", FaultKind.ResetMidReply, "", 1, "BPL805" },
        { "cluster-2025.10", null, FaultKind.BusyOnce, "", 1, "BPL803" }, // retried after Retry-After: 1, so the databases were collected
        { "cluster-2025.10", "servers", FaultKind.BusyForAnHour, "", 1, "BPL805" },
        { "cluster-2025.10", "databases", FaultKind.WrongShape, "", 1, "BPL805" },
        { "cluster-2025.10", "settings", FaultKind.NeverEnds, "--timeout=1", 1, "BPL805" },
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task Fault_ShouldEndInOneLineOrBpl805_AndNeverShowThePassword(string scenario, string? part, FaultKind? kind, string option, int exitCode, string expected)
    {
        await using var server = await FakeNeo4jServer.StartAsync(scenario, kind is { } k ? new Fault(k, part) : null);
        using var directory = new TempDirectory();
        string[] extra = option.Length > 0 ? [option] : [];
        // Claim the loopback server's inventory by name (its default name is the URI host): the Community scenario shares no address with the plan.
        directory.Write("plan.yaml", ClusterPlan("cluster-2025.10").Replace("    topology: cluster\n", "    topology: cluster\n    inventory: \"127.0.0.1\"\n", StringComparison.Ordinal));

        var check = InProcessCli.Run(directory.Path, InProcessCli.Credentials(), ["check", "plan.yaml", "--neo4j-uri", server.Uri, "--format", "json", .. extra]);
        var collect = InProcessCli.Run(directory.Path, InProcessCli.Credentials(), ["inventory", "collect", "--neo4j-uri", server.Uri, "--out", "snap.json", .. extra]);

        Assert.Equal(exitCode, check.ExitCode);
        if (exitCode == 2)
        {
            var line = Assert.Single(check.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.StartsWith("bpl: ", line, StringComparison.Ordinal);
            Assert.Contains(expected, line, StringComparison.Ordinal);
            Assert.Equal(2, collect.ExitCode);
            Assert.Equal(check.Error, collect.Error);
            Assert.False(File.Exists(Path.Combine(directory.Path, "snap.json")));
        }
        else
        {
            Assert.Contains(Findings(check.Out), f => f.Rule == expected && f.Source == "inventory");
            Assert.Equal(0, collect.ExitCode);
        }

        var everything = string.Join("\n", check.Out, check.Error, collect.Out, collect.Error, File.Exists(Path.Combine(directory.Path, "snap.json")) ? File.ReadAllText(Path.Combine(directory.Path, "snap.json")) : "");
        Assert.DoesNotContain(FakeNeo4jServer.Password, everything, StringComparison.Ordinal);
        Assert.DoesNotContain(PasswordBase64, everything, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bolt://db.example:7687", "this build talks to Neo4j over HTTP only; use http://db.example:7474")]
    [InlineData("neo4j://db.example", "this build talks to Neo4j over HTTP only")]
    [InlineData("http://neo4j:hunter2@db.example:7474", "--neo4j-uri is refused: it holds a URI with credentials")]
    public void UnusableUri_ShouldEndInOneLine(string uri, string expected)
    {
        using var directory = new TempDirectory();

        var result = InProcessCli.Run(directory.Path, InProcessCli.Credentials(), "inventory", "collect", "--neo4j-uri", uri);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void UnreachableHost_ShouldEndInOneLine()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop(); // the port is now free and nobody listens on it
        using var directory = new TempDirectory();

        var result = InProcessCli.Run(directory.Path, InProcessCli.Credentials(), "inventory", "collect", "--neo4j-uri", $"http://127.0.0.1:{port}");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"cannot reach Neo4j at http://127.0.0.1:{port}", Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }
}
