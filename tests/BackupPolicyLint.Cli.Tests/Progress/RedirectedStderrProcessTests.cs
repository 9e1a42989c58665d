using System.Text.Json;
using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Cli.Tests.Progress;

/// <summary>
/// A real `bpl` process with stderr redirected (as in CI or a pipe) prints no status line, whatever long work it does;
/// TerminalProgressReporterTests has the status line itself. A class of its own so that its process runs beside the others.
/// </summary>
public sealed class RedirectedStderrProcessTests : IDisposable
{
    private const string Now = "2026-11-20T06:00:00Z";
    private readonly string _temp = Directory.CreateTempSubdirectory("bpl-redirected-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private static List<JsonElement> Findings(BplProcess.Result result) =>
        JsonDocument.Parse(result.Out).RootElement.GetProperty("findings").EnumerateArray().ToList();

    [Fact]
    public async Task LongRun_WithStderrRedirected_ShouldPrintNoStatusLine()
    {
        // Given the three kinds of long work that show a status line on a terminal: several DBMSs, a backup location
        // of more than a thousand entries, and a script compiled for the first time (the cache is empty).
        await using var cluster = await FakeNeo4jServer.StartAsync("cluster-5.26");
        await using var community = await FakeNeo4jServer.StartAsync("community-5.26");
        var backups = Path.Combine(_temp, "backups");
        foreach (var i in Enumerable.Range(0, 1200))
        {
            Directory.CreateDirectory(Path.Combine(backups, $"plan-{i % 4}"));
            File.WriteAllText(Path.Combine(backups, $"plan-{i % 4}", $"neo4j-2026-11-01T{i / 60:00}-{i % 60:00}-00.backup"), "");
        }

        var environment = new Dictionary<string, string?>
        {
            ["XDG_CACHE_HOME"] = Path.Combine(_temp, "cache"),
            ["NEO4J_USER"] = FakeNeo4jServer.User,
            ["NEO4J_PASSWORD"] = FakeNeo4jServer.Password,
        };

        // When bpl runs with stderr redirected, as in CI or a pipe.
        var result = BplProcess.RunWith(
            environment,
            Repo.Root,
            "check", "examples/flawed-prod", "--policy", "examples/policies/rules/acme-cost-centre.csx", "--backups", backups,
            "--neo4j-uri", cluster.Uri, "--neo4j-uri", community.Uri, "--now", Now, "--format", "json");

        // Then stderr stays empty, and all three kinds of work were done.
        Assert.Equal("", result.Error);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(Findings(result), f => f.GetProperty("ruleId").GetString() == "ACME201");
        Assert.Single(Directory.GetFiles(Path.Combine(_temp, "cache", "bpl", "scripts"), "*.dll"));
        Assert.Equal(6, cluster.Requests.Count);
        Assert.Equal(7, community.Requests.Count);
        Assert.Contains(Findings(result), f => f.GetProperty("source").GetString() == "artifacts");
    }
}
