using System.Text.Json;
using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Cli.Tests.Inventory;

/// <summary>
/// Issue 17 (2): against Community, BPL805 says what Community lacks instead of advising to grant privileges, BPL801 is
/// not evaluated, and nothing reported depends on whether the Query API or tx/commit answered.
/// </summary>
public sealed class CommunityLiveTests
{
    private static List<(string Rule, string Message)> Findings(string json) =>
        JsonDocument.Parse(json).RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => (f.GetProperty("ruleId").GetString()!, f.GetProperty("message").GetString()!))
            .ToList();

    private static string Outcome(string json, string rule) =>
        JsonDocument.Parse(json).RootElement.GetProperty("outcomes").EnumerateArray()
            .Where(o => o.GetProperty("ruleId").GetString() == rule)
            .Select(o => $"{o.GetProperty("outcome").GetString()}: {o.GetProperty("reason").GetString()}")
            .Single();

    [Fact]
    public async Task Community_OverEitherEndpoint_ShouldSayWhatCommunityLacks_TheSameWay()
    {
        // Given the same Community DBMS answering over tx/commit and over the Query API, and a plan claiming a TLS listener
        await using var tx = await FakeNeo4jServer.StartAsync("community-5.26");
        await using var query = await FakeNeo4jServer.StartAsync("community-5.26-query");
        using var directory = new TempDirectory();
        directory.Write("plan.yaml", File.ReadAllText(Path.Combine(Repo.Fixtures, "Rules", "BPL805", "quiet.yaml")));
        string[] check = ["check", "plan.yaml", "--format", "json", "--now", "2026-11-20T06:00:00Z", "--neo4j-uri"];

        // When each is checked
        var overTx = InProcessCli.Run(directory.Path, InProcessCli.Credentials(), [.. check, tx.Uri]);
        var overQuery = InProcessCli.Run(directory.Path, InProcessCli.Credentials(), [.. check, query.Uri]);

        // Then BPL805 names what Community lacks, BPL801 is not evaluated, and both runs say the same
        Assert.Contains(query.Requests, r => r.StartsWith("POST /db/system/query/v2 SHOW SERVERS", StringComparison.Ordinal));
        Assert.DoesNotContain(query.Requests, r => r.Contains("tx/commit", StringComparison.Ordinal));
        var incomplete = Assert.Single(Findings(overTx.Out), f => f.Rule == "BPL805");
        Assert.Contains("Community Edition has no SHOW SERVERS", incomplete.Message, StringComparison.Ordinal);
        Assert.Contains("no backup settings", incomplete.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Grant", incomplete.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("HTTP", incomplete.Message, StringComparison.Ordinal);
        Assert.StartsWith("not-evaluated: the live DBMS is Community Edition", Outcome(overTx.Out, "BPL801"), StringComparison.Ordinal);
        Assert.Equal(
            Findings(overTx.Out).Select(f => (f.Rule, f.Message.Replace(tx.Uri.TrimEnd('/'), "URI", StringComparison.Ordinal))),
            Findings(overQuery.Out).Select(f => (f.Rule, f.Message.Replace(query.Uri.TrimEnd('/'), "URI", StringComparison.Ordinal))));
    }

    [Fact]
    public async Task CommunitySnapshot_ShouldNotDependOnTheEndpoint()
    {
        await using var tx = await FakeNeo4jServer.StartAsync("community-5.26");
        await using var query = await FakeNeo4jServer.StartAsync("community-5.26-query");
        using var directory = new TempDirectory();

        var overTx = InProcessCli.Run(directory.Path, InProcessCli.Credentials(), "inventory", "collect", "--neo4j-uri", tx.Uri, "--name", "dev");
        var overQuery = InProcessCli.Run(directory.Path, InProcessCli.Credentials(), "inventory", "collect", "--neo4j-uri", query.Uri, "--name", "dev");

        static string Spec(string snapshot) => JsonDocument.Parse(snapshot).RootElement.GetProperty("spec").GetRawText();
        Assert.Equal(Spec(overTx.Out), Spec(overQuery.Out));
        Assert.Equal(overTx.Error, overQuery.Error);
    }
}
