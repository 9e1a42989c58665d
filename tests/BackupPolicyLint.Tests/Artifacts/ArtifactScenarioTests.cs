using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Reporting;
using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Tests.Artifacts;

/// <summary>
/// The six backup-location scenarios of the artifact issue, end to end through the pipeline. Each test builds its
/// location in a temporary folder (names, file times and modes set here) and checks the clean base plan (nightly
/// full and hourly differentials of every database; interval 1h, so with graceFactor 1.5 the newest artifact may be
/// 90 min old; keepLast 14, maxAge 35d) at --now 2026-11-20T06:00Z. Each expects exactly its findings, located on
/// the database's line of the plan and naming the artifact.
/// </summary>
public sealed class ArtifactScenarioTests
{
    private static readonly DateTimeOffset Today = new(2026, 11, 20, 0, 0, 0, TimeSpan.Zero);
    private static readonly string[] Databases = ["system", "neo4j", "orders"];
    private static readonly string BasePlan = File.ReadAllText(Path.Combine(Repo.Fixtures, "base-plan.yaml"));

    /// <summary>Last night's full at 02:00 and the differentials at 02:30 … 05:30 of <paramref name="day"/>.</summary>
    private static IEnumerable<(DateTimeOffset Time, bool Full)> Night(DateTimeOffset day) =>
        new[] { (2, 0, true), (2, 30, false), (3, 30, false), (4, 30, false), (5, 30, false) }
            .Select(t => (day.AddHours(t.Item1).AddMinutes(t.Item2), t.Item3));

    private static void AddNight(ArtifactTree tree, string database, DateTimeOffset day, string folder = "")
    {
        foreach (var (time, _) in Night(day))
        {
            tree.Add(folder + ArtifactTree.BackupName(database, time));
        }
    }

    /// <summary>Inspect output for the given artifacts: a full covering transactions 1-100, then ten per differential.</summary>
    private static string Inspect(params (string Database, IEnumerable<(DateTimeOffset Time, bool Full)> Artifacts)[] chains)
    {
        var lines = new List<string> { "| FILE | DATABASE | DATABASE ID | TIME (UTC) | FULL | COMPRESSED | LOWEST TX | HIGHEST TX | RECOVERED |" };
        foreach (var (database, artifacts) in chains)
        {
            long highest = 0;
            foreach (var (time, full) in artifacts)
            {
                var (low, high) = full ? (1L, 100L) : (highest + 1, highest + 10);
                highest = high;
                lines.Add($"| file:///backups/{ArtifactTree.BackupName(database, time)} | {database} | id-{database} | {time.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss} | {(full ? "true" : "false")} | true | {low} | {high} | true |");
            }
        }

        return string.Join("\n", lines) + "\n";
    }

    private static CheckReport Check(ArtifactTree tree, string plan = "", string? inspect = null)
    {
        using var work = new TempDirectory();
        work.Write("plan.yaml", plan.Length > 0 ? plan : BasePlan);
        var inspectPath = inspect is null ? null : work.Write("inspect.txt", inspect);
        return Checks.RunWithBackups(work.Path, tree.Path, inspectPath, "plan.yaml");
    }

    private static int LineOf(string plan, string text) =>
        Array.FindIndex(plan.Split('\n'), l => l.TrimEnd() == text) + 1;

    private static List<string> Found(CheckReport report) =>
        report.Findings.Select(f => $"{f.Span.Line}: {f.RuleId}/{f.Severity.ToName()} {f.Source.ToName()}").ToList();

    [Fact]
    public void FreshChain_ShouldHaveNoFindings()
    {
        // Given last night's chain of every database, with inspect data confirming each chain
        using var tree = new ArtifactTree();
        foreach (var database in Databases)
        {
            AddNight(tree, database, Today);
        }

        // When checked with the inspect output
        var report = Check(tree, inspect: Inspect([.. Databases.Select(d => (d, Night(Today)))]));

        // Then nothing is wrong
        Assert.Empty(report.Findings.Select(f => $"{f.Span}: {f.RuleId} {f.Message}"));
    }

    [Fact]
    public void StaleSystemDatabase_ShouldBeBpl901OnSystem_NamingItsNewestArtifact()
    {
        // Given fresh chains of neo4j and orders, and system's last artifacts from two days ago
        using var tree = new ArtifactTree();
        AddNight(tree, "neo4j", Today);
        AddNight(tree, "orders", Today);
        AddNight(tree, "system", Today.AddDays(-2));

        // When checked
        var report = Check(tree);

        // Then exactly one stale finding, on system's line, naming system's newest artifact and its age
        Assert.Equal([$"{LineOf(BasePlan, "    - name: system")}: BPL901/error artifacts"], Found(report));
        var finding = report.Findings[0];
        Assert.Contains("'system-2026-11-18T05-30-00.backup'", finding.Message, StringComparison.Ordinal);
        Assert.Contains("2d", finding.Message, StringComparison.Ordinal);
        Assert.Contains("at most 1h 30m old", finding.Message, StringComparison.Ordinal);
        Assert.Equal("fixture-prod/databases/system", finding.Subject);
    }

    [Fact]
    public void MissingDatabase_ShouldBeBpl902OnIt_NamingTheArtifactsLookedFor()
    {
        using var tree = new ArtifactTree();
        AddNight(tree, "system", Today);
        AddNight(tree, "neo4j", Today);

        var report = Check(tree);

        Assert.Equal([$"{LineOf(BasePlan, "    - name: orders")}: BPL902/error artifacts"], Found(report));
        Assert.Contains("'orders-YYYY-MM-DDTHH-MM-SS.backup'", report.Findings[0].Message, StringComparison.Ordinal);
        Assert.Contains("job 'nightly-full'", report.Findings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OrphanDifferential_WithInspectData_ShouldBeBpl904OnTheDatabase_NamingTheFirstOrphan()
    {
        // Given orders' full of last night deleted, so its four differentials hang on nothing
        using var tree = new ArtifactTree();
        AddNight(tree, "system", Today);
        AddNight(tree, "neo4j", Today);
        var orders = Night(Today).ToList();
        foreach (var (time, _) in orders.Skip(1))
        {
            tree.Add(ArtifactTree.BackupName("orders", time));
        }

        // When checked with the inspect output neo4j-admin printed for what is left
        var report = Check(tree, inspect: Inspect(("system", Night(Today)), ("neo4j", Night(Today)), ("orders", orders.Skip(1).Select(a => (a.Time, false)))));

        // Then one finding for the broken run, naming its first and last artifact
        Assert.Equal([$"{LineOf(BasePlan, "    - name: orders")}: BPL904/error artifacts"], Found(report));
        Assert.Contains("'orders-2026-11-20T02-30-00.backup' of 'orders' cannot be restored: no full backup", report.Findings[0].Message, StringComparison.Ordinal);
        Assert.Contains("The 3 differentials after it, up to 'orders-2026-11-20T05-30-00.backup'", report.Findings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OrphanDifferential_WithoutInspectData_CannotBeTold()
    {
        // The same location, no inspect output: names do not say full or differential, so BPL904 stays quiet.
        using var tree = new ArtifactTree();
        AddNight(tree, "system", Today);
        AddNight(tree, "neo4j", Today);
        foreach (var (time, _) in Night(Today).Skip(1))
        {
            tree.Add(ArtifactTree.BackupName("orders", time));
        }

        Assert.Empty(Check(tree).Findings);
    }

    [Fact]
    public void TooManyArtifacts_ShouldBeBpl903_NamingTheOldestOnesBeyondKeepLast()
    {
        // Given neo4j backed up hourly since yesterday 10:30 and never pruned: 20 artifacts, keepLast is 14
        using var tree = new ArtifactTree();
        AddNight(tree, "system", Today);
        AddNight(tree, "orders", Today);
        var start = Today.AddDays(-1).AddHours(10).AddMinutes(30);
        for (var i = 0; i < 20; i++)
        {
            tree.Add(ArtifactTree.BackupName("neo4j", start.AddHours(i)));
        }

        var report = Check(tree);

        Assert.Equal([$"{LineOf(BasePlan, "    - name: neo4j")}: BPL903/warning artifacts"], Found(report));
        Assert.Contains("holds 20 artifacts of 'neo4j', but retention keeps 14 (keepLast): the 6 oldest", report.Findings[0].Message, StringComparison.Ordinal);
        Assert.Contains("'neo4j-2026-11-19T10-30-00.backup', 'neo4j-2026-11-19T11-30-00.backup', 'neo4j-2026-11-19T12-30-00.backup' and 3 more", report.Findings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MixedDumpAndBackupLocation_ShouldJudgeDumpsByTheirFileTimesAndBackupsByTheirNames()
    {
        // Given a plan where neo4j is dumped nightly at 03:00 (interval 24h, stale after 36h) and the rest backed up online
        var plan = BasePlan
            .Replace("      databases: [ \"*\" ]\n", "      databases: [ system, orders ]\n", StringComparison.Ordinal)
            .Replace("  retention:\n", "    - name: nightly-dump\n      command: dump\n      databases: [ neo4j ]\n      schedule: \"0 3 * * *\"\n      runsOn: server-1\n      runAs: neo4j\n      destination: staging-disk\n      copyTo: [ offsite ]\n  retention:\n", StringComparison.Ordinal);
        // and a location mixing them: neo4j.dump (no timestamp: its file time says 2026-11-18 03:10) beside an older
        // timestamped dump, fresh online backups of system and orders, an old manual dump of orders, and a dump of
        // system left from October (older than maxAge 35d)
        using var tree = new ArtifactTree();
        tree.Add("dumps/neo4j.dump", written: Today.AddDays(-2).AddHours(3).AddMinutes(10));
        tree.Add("dumps/neo4j-2026-11-17T03-00-00.dump");
        AddNight(tree, "system", Today, "online/");
        AddNight(tree, "orders", Today, "online/");
        tree.Add("dumps/orders.dump", written: Today.AddDays(-10));
        tree.Add("dumps/system-2026-10-01T03-00-00.dump");

        // When checked
        var report = Check(tree, plan);

        // Then: neo4j is stale by its newest dump's file time; system's October dump is beyond maxAge; nothing else
        var artifacts = report.Findings.Where(f => f.Source == SourceKind.Artifacts).ToList();
        Assert.Equal(
            [$"{LineOf(plan, "    - name: system")}: BPL903/warning artifacts", $"{LineOf(plan, "    - name: neo4j")}: BPL901/error artifacts"],
            Found(new CheckReport("", artifacts, 1, [])));
        Assert.Contains("'dumps/system-2026-10-01T03-00-00.dump'", artifacts[0].Message, StringComparison.Ordinal);
        Assert.Contains("'dumps/neo4j.dump', taken 2026-11-18T03:10:00Z (per its file time, the name has none)", artifacts[1].Message, StringComparison.Ordinal);
        Assert.Contains("at least every 24h", artifacts[1].Message, StringComparison.Ordinal);
    }
}
