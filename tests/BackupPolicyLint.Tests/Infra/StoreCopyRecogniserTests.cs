using Xunit;
using static BackupPolicyLint.Tests.Infra.ShellTestSupport;

namespace BackupPolicyLint.Tests.Infra;

/// <summary>Store files copied by hand, in any form, and the copies that are not of a store.</summary>
public sealed class StoreCopyRecogniserTests
{
    [Theory]
    [InlineData("tar -czf /srv/backups/graph.tgz /var/lib/neo4j/data", "tar")]
    [InlineData("tar czf /srv/backups/graph.tgz -C /var/lib/neo4j data", "tar")]
    [InlineData("tar --create --file=/backup/x.tar /data", "tar")]
    [InlineData("cp -r ./neo4j/data backups/", "cp")]
    [InlineData("cp -a $NEO4J_HOME/data /mnt/snap/", "cp")]
    [InlineData("rsync -a \"${NEO4J_HOME}/data/\" /mnt/snap/", "rsync")]
    [InlineData("rsync -a --exclude dumps /srv/neo4j/data/ backup@vault:/srv/", "rsync")]
    [InlineData("docker compose stop neo4j\nzip -qr backups/data.zip data/", "zip")]
    [InlineData("cp -r /opt/graph/data/databases/orders /mnt/snap/", "cp")]
    [InlineData("sh -c 'cd / && tar -czf /backup/volume.tgz data'", "tar")]
    [InlineData("cd /var/lib/neo4j\ntar czf /b/x.tgz data", "tar")]
    [InlineData("systemctl stop neo4j\ncp -r data /mnt/snap/", "cp")]
    public void CopiesOfADataDirectory_ShouldBeFilesystemCopies(string command, string tool)
    {
        var job = Assert.Single(Read(command).Jobs);

        Assert.Equal(("filesystem-copy", tool), (job.Command, job.CopyTool));
    }

    [Theory]
    [InlineData("cp /backups/dumps/neo4j.dump /mnt/nfs/")]
    [InlineData("cp /var/lib/neo4j/data/dumps/neo4j.dump /mnt/nfs/latest.dump")]
    [InlineData("tar -czf /mnt/nfs/dumps.tar.gz /backups/dumps")]
    [InlineData("tar -xzf /mnt/nfs/seed.tar.gz -C /data")]
    [InlineData("tar -tzf /backup/volume.tgz data")]
    [InlineData("cp -r /data/backups/neo4j /mnt/nfs/")]
    [InlineData("mv /var/lib/neo4j/data /var/lib/neo4j/data.old")]
    [InlineData("rsync -a /backups/ /data1/copies/")]
    [InlineData("cp -r data import/")]
    [InlineData("tar czf csv-import.tgz data")]
    [InlineData("cd \"$(mktemp -d)\" && tar czf x.tgz data")]
    public void CopiesOfWhatNeo4jAdminWrote_ShouldNotBeStoreCopies(string command)
    {
        Assert.Empty(Read(command).Jobs);
    }

    [Fact]
    public void AStoreCopy_ShouldNameTheDatabaseOfADatabasesFolder_AndTheDestination()
    {
        var job = Assert.Single(Read("rsync -a /var/lib/neo4j/data/databases/orders/ /mnt/snap/orders/").Jobs);

        Assert.Equal(["orders"], job.Databases.Select(d => d.Name));
        Assert.Equal("/mnt/snap/orders/", job.Destination?.Path);
    }
}
