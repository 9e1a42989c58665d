using Xunit;
using static BackupPolicyLint.Tests.Infra.ShellTestSupport;

namespace BackupPolicyLint.Tests.Infra;

/// <summary>neo4j-admin commands as jobs: which destinations are on the DBMS's data volume.</summary>
public sealed class AdminCommandRecogniserTests
{
    [Theory]
    [InlineData("neo4j-admin database dump neo4j --to-path=/data/dumps")]
    [InlineData("neo4j-admin dump --database=neo4j --to=data/neo4j.dump")]
    [InlineData("neo4j-admin database backup --to-path=/data/backups neo4j")]
    [InlineData("neo4j-admin database backup --from=localhost:6362 --to-path=/data/backups neo4j")]
    [InlineData("neo4j-admin database backup --from=10.0.0.5:6362 --to-path=/var/lib/neo4j/data/backups neo4j")]
    public void DestinationsInTheDataDirectory_ShouldBeOnTheDataVolume(string command)
    {
        Assert.True(Assert.Single(Read(command).Jobs).DestinationOnDataVolume);
    }

    [Theory]
    [InlineData("neo4j-admin backup --from=\"$NEO4J_ADDR\" --backup-dir=/data --database=neo4j")]
    [InlineData("neo4j-admin database backup --from=graph-1:6362,graph-2:6362 --to-path=/data/backups neo4j")]
    [InlineData("neo4j-admin database backup --from=10.0.0.5:6362 --to-path=data/backups neo4j")]
    [InlineData("neo4j-admin database dump neo4j --to-path=/backups")]
    public void ABackupClientsOwnDisk_AndOtherPaths_ShouldNotBe(string command)
    {
        Assert.False(Assert.Single(Read(command).Jobs).DestinationOnDataVolume);
    }
}
