using BackupPolicyLint.Analysis;
using BackupPolicyLint.Model;
using Xunit;

namespace BackupPolicyLint.Tests.Artifacts;

public sealed class BackupChainsTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 20, 0, 0, 0, TimeSpan.Zero);

    /// <summary>An online-backup artifact at hour <paramref name="hour"/>; null range means no inspect data.</summary>
    private static BackupArtifact Backup(int hour, bool? full = null, long lowest = 0, long highest = 0, string id = "id-1")
    {
        var time = Start.AddHours(hour);
        var name = $"neo4j-{time:yyyy-MM-dd'T'HH}-00-00.backup";
        return new BackupArtifact
        {
            Path = name,
            Directory = "",
            Database = "neo4j",
            Kind = ArtifactKind.Backup,
            Time = time,
            TimeOrigin = TimestampOrigin.Name,
            Inspect = full is null ? null : new BackupInspectRecord { File = name, FileName = name, Database = "neo4j", DatabaseId = id, Time = time, Full = full.Value, LowestTx = lowest, HighestTx = highest },
        };
    }

    [Fact]
    public void WholeChain_WithEmptyAndOverlappingDifferentials_ShouldNotBeBroken()
    {
        BackupArtifact[] artifacts = [Backup(0, true, 1, 50), Backup(1, false, 40, 60), Backup(2, false, 0, 0), Backup(3, false, 61, 61), Backup(4, false, 62, 70)];

        Assert.Empty(BackupChains.Broken(artifacts));
    }

    [Fact]
    public void DifferentialsBeforeAnyFull_ShouldBeOneBrokenRun()
    {
        BackupArtifact[] artifacts = [Backup(0, false, 10, 20), Backup(1, false, 21, 30), Backup(2, true, 1, 30), Backup(3, false, 31, 40)];

        var broken = Assert.Single(BackupChains.Broken(artifacts));

        Assert.Equal([artifacts[0], artifacts[1]], broken.Orphans);
        Assert.Contains("no full backup", broken.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void GapInTransactions_ShouldBreakTheChainUntilTheNextFull()
    {
        BackupArtifact[] artifacts = [Backup(0, true, 1, 100), Backup(1, false, 101, 110), Backup(2, false, 112, 120), Backup(3, false, 121, 130), Backup(4, true, 1, 130)];

        var broken = Assert.Single(BackupChains.Broken(artifacts));

        Assert.Equal([artifacts[2], artifacts[3]], broken.Orphans);
        Assert.Contains("transaction 111 is in no artifact", broken.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void FullOfAnotherDatabaseId_ShouldNotAnchorADifferential()
    {
        // The database was dropped and recreated: same name, new id, so the old full restores nothing of the new one.
        BackupArtifact[] artifacts = [Backup(0, true, 1, 100, id: "old"), Backup(1, false, 101, 110, id: "new")];

        var broken = Assert.Single(BackupChains.Broken(artifacts));

        Assert.Equal(artifacts[1], Assert.Single(broken.Orphans));
    }

    [Fact]
    public void ArtifactWithoutInspectData_ShouldMakeTheWalkUncertainInsteadOfBreakingIt()
    {
        // The middle artifact could be the full (or the differential) that the next one needs.
        BackupArtifact[] artifacts = [Backup(0, false, 10, 20), Backup(1), Backup(2, false, 40, 50), Backup(3, false, 51, 60)];

        var broken = Assert.Single(BackupChains.Broken(artifacts));

        Assert.Equal(artifacts[0], Assert.Single(broken.Orphans));
    }

    [Fact]
    public void WithoutInspectData_NothingIsKnown()
    {
        Assert.Empty(BackupChains.Broken([Backup(0), Backup(1)]));
        Assert.Empty(BackupChains.NeededBeforeCutoff([Backup(0), Backup(1)], Start.AddHours(1)));
    }

    [Fact]
    public void NeededBeforeCutoff_ShouldKeepTheChainOfTheOldestKeptDifferential()
    {
        BackupArtifact[] artifacts = [Backup(0, true, 1, 10), Backup(1, true, 1, 20), Backup(2, false, 21, 30), Backup(3, false, 31, 40), Backup(4, false, 41, 50)];

        var needed = BackupChains.NeededBeforeCutoff(artifacts, Start.AddHours(3));

        Assert.Equal(new HashSet<BackupArtifact> { artifacts[1], artifacts[2] }, needed);
    }
}
