using BackupPolicyLint.Model.Inventory;
using BackupPolicyLint.Neo4j;
using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Tests.Inventory;

/// <summary>The HTTP collector against a real loopback server answering with recorded and documented Neo4j bodies.</summary>
public sealed class LiveCollectionTests
{
    private static Task<DbmsInventory> Collect(FakeNeo4jServer server, double timeoutSeconds = 10) =>
        new HttpInventorySource(new Neo4jConnectionOptions
        {
            Endpoint = Neo4jEndpoint.Parse(server.Uri),
            User = FakeNeo4jServer.User,
            Password = FakeNeo4jServer.Password,
            RequestTimeout = TimeSpan.FromSeconds(timeoutSeconds),
            ToolVersion = "test",
        }).CollectAsync(CancellationToken.None);

    [Fact]
    public async Task Community_WhenQueryApiAnswers404_ShouldFallBackToTxCommitAndRecordServersAsIncomplete()
    {
        await using var server = await FakeNeo4jServer.StartAsync("community-5.26");

        var inventory = await Collect(server);

        Assert.Equal("community", inventory.Edition);
        Assert.Equal("5.26.0", inventory.VersionText);
        Assert.Equal(["neo4j", "system"], inventory.DatabaseNames);
        Assert.Empty(inventory.Settings);
        Assert.Empty(inventory.Plugins!);
        var incomplete = Assert.Single(inventory.Incomplete);
        Assert.Equal(InventoryParts.Servers, incomplete.Part);
        Assert.Contains("NotSystemDatabaseError", incomplete.Reason, StringComparison.Ordinal);
        // The Query API is tried once; after its 404 every statement goes to tx/commit.
        Assert.Single(server.Requests, r => r.StartsWith("POST /db/system/query/v2", StringComparison.Ordinal));
        Assert.Equal(5, server.Requests.Count(r => r.StartsWith("POST /db/system/tx/commit", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task EnterpriseStandalone_ShouldCollectEveryPart()
    {
        await using var server = await FakeNeo4jServer.StartAsync("enterprise-5.26-standalone");

        var inventory = await Collect(server);

        Assert.Equal("enterprise", inventory.Edition);
        Assert.Empty(inventory.Incomplete);
        Assert.Equal("127.0.0.1:6362", inventory.Setting(InventoryParts.BackupListenAddress));
        Assert.Equal(["apoc"], inventory.Plugins);
        var only = Assert.Single(inventory.Servers);
        Assert.Equal(["system", "neo4j"], only.Hosting);
        Assert.DoesNotContain(server.Requests, r => r.Contains("tx/commit", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("cluster-5.26", "5.26.0")]
    [InlineData("cluster-2025.10", "2025.10.1")]
    public async Task Cluster_ShouldCollectOneRowPerAllocationAndTheComposite(string scenario, string version)
    {
        await using var server = await FakeNeo4jServer.StartAsync(scenario);

        var inventory = await Collect(server);

        Assert.Equal(version, inventory.VersionText);
        Assert.Equal(3, inventory.Servers.Count);
        Assert.Equal(3, inventory.RowsOf("orders").Count);
        Assert.True(inventory.FindDatabase("catalog")!.IsComposite);
        Assert.Equal(["orders", "reports"], inventory.FindDatabase("catalog")!.Constituents);
        Assert.All(inventory.RowsOf("archive"), r => Assert.False(r.IsOnline));
        Assert.Equal(["apoc", "gds"], inventory.Plugins);
    }

    [Fact]
    public async Task ForbiddenStatement_ShouldLeaveTheRestCollected()
    {
        await using var server = await FakeNeo4jServer.StartAsync("cluster-2025.10", new Fault(FaultKind.Forbidden, "settings"));

        var inventory = await Collect(server);

        var incomplete = Assert.Single(inventory.Incomplete);
        Assert.Equal(InventoryParts.Settings, incomplete.Part);
        Assert.Contains("HTTP 403", incomplete.Reason, StringComparison.Ordinal);
        Assert.Equal(6, inventory.DatabaseNames.Count);
    }

    [Fact]
    public async Task SlowStatement_PastTheTimeout_ShouldBeRecordedAsIncomplete()
    {
        await using var server = await FakeNeo4jServer.StartAsync("cluster-2025.10", new Fault(FaultKind.Slow, "servers"));

        // 3 s: the slow statement answers after 5 s; the others must answer within the timeout, and with 1 s a busy
        // machine (both test projects side by side) left one of them past it too.
        var inventory = await Collect(server, timeoutSeconds: 3);

        var incomplete = Assert.Single(inventory.Incomplete);
        Assert.Equal(InventoryParts.Servers, incomplete.Part);
        Assert.Contains("no reply within 3 s", incomplete.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServerErrorOnOneStatement_ShouldBeRecordedAsIncomplete()
    {
        await using var server = await FakeNeo4jServer.StartAsync("cluster-5.26", new Fault(FaultKind.ServerError, "procedures"));

        var inventory = await Collect(server);

        Assert.Equal(InventoryParts.Plugins, Assert.Single(inventory.Incomplete).Part);
        Assert.Null(inventory.Plugins);
    }
}
