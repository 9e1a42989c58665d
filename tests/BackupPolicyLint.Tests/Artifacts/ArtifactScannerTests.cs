using System.Runtime.InteropServices;
using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Loading.Artifacts;
using BackupPolicyLint.Model;
using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Tests.Artifacts;

public sealed class ArtifactScannerTests
{
    private static readonly DateTimeOffset Night = new(2026, 11, 20, 3, 0, 0, TimeSpan.Zero);

    private static ArtifactScan Scan(ArtifactTree tree, IReadOnlyList<BackupInspectRecord>? inspect = null, ArtifactScanLimits? limits = null) =>
        new ArtifactScanner(limits).Scan(tree.Path, "backups", inspect);

    [Fact]
    public void Tree_ShouldGiveEachArtifactItsDatabaseTimeSizeModeAndFolder()
    {
        // Given online backups in a sub-folder, a dump without a timestamp, and files that are no artifacts
        using var tree = new ArtifactTree();
        tree.Add("prod/neo4j-2026-11-20T02-00-00.backup", mode: (UnixFileMode)0b110_100_000);
        File.WriteAllBytes(tree.Add("prod/orders-2026-11-20T02-00-00.backup"), new byte[1234]);
        tree.Add("dumps/system.dump", written: Night);
        tree.Add("prod/backup.log");
        tree.Add("README.md");

        // When scanned
        var scan = Scan(tree);

        // Then exactly the three artifacts, with what their names and metadata tell
        Assert.Empty(scan.Problems);
        var byPath = scan.Artifacts.ToDictionary(a => a.Path);
        Assert.Equal(["dumps/system.dump", "prod/neo4j-2026-11-20T02-00-00.backup", "prod/orders-2026-11-20T02-00-00.backup"], byPath.Keys.Order(StringComparer.Ordinal));
        var neo4j = byPath["prod/neo4j-2026-11-20T02-00-00.backup"];
        Assert.Equal(("neo4j", ArtifactKind.Backup, "prod", TimestampOrigin.Name), (neo4j.Database, neo4j.Kind, neo4j.Directory, neo4j.TimeOrigin));
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 2, 0, 0, TimeSpan.Zero), neo4j.Time);
        Assert.Equal(ChainPosition.Unknown, neo4j.Position);
        Assert.Equal(1234, byPath["prod/orders-2026-11-20T02-00-00.backup"].SizeBytes);
        var dump = byPath["dumps/system.dump"];
        Assert.Equal((Night, TimestampOrigin.FileTime, ChainPosition.Standalone), (dump.Time, dump.TimeOrigin, dump.Position));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal((UnixFileMode)0b110_100_000, neo4j.Mode);
            Assert.Equal(ArtifactTree.PrivateFolder, scan.Directories["prod"].Mode);
        }

        Assert.Equal(["dumps", "prod"], scan.TopLevelFolders.Order(StringComparer.Ordinal));
        Assert.Equal(7, scan.EntriesSeen);
    }

    [Fact]
    public void DanglingLink_ShouldBeReportedAtItsPath_AndTheScanGoOn()
    {
        using var tree = new ArtifactTree();
        tree.Add("neo4j-2026-11-20T02-00-00.backup");
        File.CreateSymbolicLink(Path.Combine(tree.Path, "neo4j-2026-11-19T02-00-00.backup"), Path.Combine(tree.Path, "pruned.backup"));

        var scan = Scan(tree);

        var problem = Assert.Single(scan.Problems);
        Assert.Equal((DiagnosticIds.ParseError, SourceKind.Artifacts, "backups/neo4j-2026-11-19T02-00-00.backup"), (problem.RuleId, problem.Source, problem.Span.File));
        Assert.Contains("dangling symbolic link", problem.Message, StringComparison.Ordinal);
        Assert.Single(scan.Artifacts);
    }

    [Fact]
    public void LinkToAnArtifact_ShouldCountWithItsTargetsFacts_ButLinksToFoldersAreNotFollowed()
    {
        using var tree = new ArtifactTree();
        var target = tree.Add("store/orders.dump", written: Night);
        File.CreateSymbolicLink(Path.Combine(tree.Path, "orders-latest.dump"), target);
        Directory.CreateSymbolicLink(Path.Combine(tree.Path, "again"), Path.Combine(tree.Path, "store"));

        var scan = Scan(tree);

        Assert.Empty(scan.Problems);
        Assert.Equal(["orders-latest.dump", "store/orders.dump"], scan.Artifacts.Select(a => a.Path).Order(StringComparer.Ordinal));
        Assert.All(scan.Artifacts, a => Assert.Equal(Night, a.Time));
    }

    [Fact]
    public void LinkLoop_ShouldBeReportedNotFatal()
    {
        using var tree = new ArtifactTree();
        File.CreateSymbolicLink(Path.Combine(tree.Path, "a.backup"), Path.Combine(tree.Path, "b.backup"));
        File.CreateSymbolicLink(Path.Combine(tree.Path, "b.backup"), Path.Combine(tree.Path, "a.backup"));

        var scan = Scan(tree);

        Assert.Equal(2, scan.Problems.Count);
        Assert.Empty(scan.Artifacts);
    }

    [Fact]
    public void MalformedName_ShouldBeReportedAndNotCounted()
    {
        using var tree = new ArtifactTree();
        tree.Add("orders-2026-11-31T02-00-00.backup");

        var scan = Scan(tree);

        var problem = Assert.Single(scan.Problems);
        Assert.Equal("backups/orders-2026-11-31T02-00-00.backup", problem.Span.File);
        Assert.Empty(scan.Artifacts);
    }

    /// <summary>Lists like the file system, except one folder that cannot be read (the tests run as root, which reads everything).</summary>
    private sealed class UnreadableFolder(string unreadable) : IDirectoryReader
    {
        public IEnumerable<ScanEntry> List(string directory) => directory.EndsWith(unreadable, StringComparison.Ordinal)
            ? throw new UnauthorizedAccessException($"Access to the path '{directory}' is denied.")
            : FileSystemDirectoryReader.Instance.List(directory);

        public LinkTarget? Resolve(string link) => FileSystemDirectoryReader.Instance.Resolve(link);

        public UnixFileMode? ModeOf(string path) => FileSystemDirectoryReader.Instance.ModeOf(path);
    }

    [Fact]
    public void UnreadableFolder_ShouldBeReportedAtItsPath_AndTheOthersScanned()
    {
        using var tree = new ArtifactTree();
        tree.Add("locked/neo4j-2026-11-20T02-00-00.backup");
        tree.Add("open/neo4j-2026-11-20T03-00-00.backup");

        var scan = new ArtifactScanner(new UnreadableFolder("locked")).Scan(tree.Path, "backups");

        var problem = Assert.Single(scan.Problems);
        Assert.Equal("backups/locked", problem.Span.File);
        Assert.Contains("could not be read", problem.Message, StringComparison.Ordinal);
        Assert.Equal("open/neo4j-2026-11-20T03-00-00.backup", Assert.Single(scan.Artifacts).Path);
    }

    [Fact]
    public void UnreadableLocation_ShouldBeOneProblem()
    {
        using var tree = new ArtifactTree();

        var scan = new ArtifactScanner(new UnreadableFolder(Path.GetFileName(tree.Path))).Scan(tree.Path, "backups");

        Assert.Equal("backups", Assert.Single(scan.Problems).Span.File);
    }

    [Fact]
    public void Limits_ShouldStopTheScanWithAProblem_NotAHang()
    {
        using var tree = new ArtifactTree();
        tree.Add("a/b/c/neo4j-2026-11-20T02-00-00.backup");
        for (var i = 0; i < 5; i++)
        {
            tree.Add($"neo4j-2026-11-20T0{i}-30-00.backup");
        }

        var deep = Scan(tree, limits: new ArtifactScanLimits(MaxDepth: 2, MaxEntries: 1000));
        var wide = Scan(tree, limits: new ArtifactScanLimits(MaxDepth: 64, MaxEntries: 3));

        Assert.Equal("backups/a/b/c", Assert.Single(deep.Problems).Span.File);
        Assert.Equal(5, deep.Artifacts.Count);
        Assert.Contains("stopped after 3", Assert.Single(wide.Problems).Message, StringComparison.Ordinal);
        Assert.True(wide.Artifacts.Count <= 3);
    }

    [DllImport("libc", EntryPoint = "mkfifo")]
    private static extern int MakeFifo([MarshalAs(UnmanagedType.LPUTF8Str)] string path, uint mode);

    [Fact]
    public async Task Scan_ShouldNeverOpenAnArtifact()
    {
        // A FIFO blocks whoever opens it until a writer comes: if the scanner read contents, this test would hang.
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return;
        }

        using var tree = new ArtifactTree();
        Assert.Equal(0, MakeFifo(Path.Combine(tree.Path, "neo4j-2026-11-20T02-00-00.backup"), 0b110_000_000));

        var scan = Task.Run(() => Scan(tree));
        var finished = await Task.WhenAny(scan, Task.Delay(TimeSpan.FromSeconds(20)));

        Assert.True(finished == scan, "the scan blocked on the FIFO: it opened the artifact");
        Assert.Equal("neo4j", Assert.Single((await scan).Artifacts).Database);
    }

    [Fact]
    public void InspectRows_ShouldBeMatchedByFileName_PreferringTheOneWhosePathMatches()
    {
        using var tree = new ArtifactTree();
        tree.Add("a/neo4j-2026-11-20T02-00-00.backup");
        tree.Add("b/neo4j-2026-11-20T02-00-00.backup");
        tree.Add("neo4j-2026-11-20T03-00-00.backup");
        BackupInspectRecord Row(string file, bool full, int minute) => new()
        {
            File = file,
            FileName = Path.GetFileName(file),
            Database = "Neo4j",
            Full = full,
            Time = new DateTimeOffset(2026, 11, 20, 2, minute, 0, TimeSpan.Zero),
        };

        var scan = Scan(tree, [Row("file:///mnt/b/neo4j-2026-11-20T02-00-00.backup", false, 1), Row("file:///mnt/a/neo4j-2026-11-20T02-00-00.backup", true, 2), Row("file:///mnt/gone.backup", true, 3)]);

        var byPath = scan.Artifacts.ToDictionary(a => a.Path);
        Assert.Equal(ChainPosition.Full, byPath["a/neo4j-2026-11-20T02-00-00.backup"].Position);
        Assert.Equal(ChainPosition.Differential, byPath["b/neo4j-2026-11-20T02-00-00.backup"].Position);
        Assert.Equal((TimestampOrigin.Inspect, 1), (byPath["b/neo4j-2026-11-20T02-00-00.backup"].TimeOrigin, byPath["b/neo4j-2026-11-20T02-00-00.backup"].Time.Minute));
        Assert.Equal(ChainPosition.Unknown, byPath["neo4j-2026-11-20T03-00-00.backup"].Position);
        Assert.True(scan.HasInspectData);
        Assert.Empty(scan.Problems);
    }

    [Fact]
    public void LocationFor_ShouldGiveAPlanItsOwnFolder_AndTheRestToPlansWithoutOne()
    {
        // Given a location organised by plan for orders-prod, with loose artifacts beside it
        using var tree = new ArtifactTree();
        tree.Add("orders-prod/neo4j-2026-11-20T02-00-00.backup");
        tree.Add("neo4j-2026-11-20T03-00-00.backup");
        tree.Add("archive/neo4j-2026-11-19T03-00-00.backup");
        var scan = Scan(tree);
        string[] plans = ["orders-prod", "graph-dev"];

        // When each plan asks for its part
        var orders = scan.LocationFor("orders-prod", plans);
        var dev = scan.LocationFor("graph-dev", plans);
        var alone = scan.LocationFor("other", ["other"]);

        // Then orders-prod sees its folder only, the others everything but that folder
        Assert.Equal("orders-prod", orders.PlanFolder);
        Assert.Equal(["orders-prod/neo4j-2026-11-20T02-00-00.backup"], orders.ArtifactsOf("NEO4J").Select(a => a.Path));
        Assert.Null(dev.PlanFolder);
        Assert.Equal(["archive/neo4j-2026-11-19T03-00-00.backup", "neo4j-2026-11-20T03-00-00.backup"], dev.ArtifactsOf("neo4j").Select(a => a.Path));
        Assert.Equal(3, alone.Artifacts.Count);
        Assert.Equal(["", "orders-prod"], alone.Directories.Select(d => d.Path).Where(p => p != "archive"));
    }
}
