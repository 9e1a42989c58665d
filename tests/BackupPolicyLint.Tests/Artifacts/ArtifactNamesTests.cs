using BackupPolicyLint.Loading.Artifacts;
using BackupPolicyLint.Model;
using Xunit;

namespace BackupPolicyLint.Tests.Artifacts;

public sealed class ArtifactNamesTests
{
    [Theory]
    [InlineData("neo4j-2024-10-07T16-05-37.backup", "neo4j", ArtifactKind.Backup, "2024-10-07T16:05:37Z")]
    [InlineData("my-graph-2026-11-20T02-00-00.backup", "my-graph", ArtifactKind.Backup, "2026-11-20T02:00:00Z")]
    [InlineData("Orders-2026-11-20T02-00-00.dump", "orders", ArtifactKind.Dump, "2026-11-20T02:00:00Z")]
    [InlineData("system-2026-02-28T23-59-59.BACKUP", "system", ArtifactKind.Backup, "2026-02-28T23:59:59Z")]
    public void TimestampedName_ShouldGiveDatabaseKindAndUtcTime(string name, string database, ArtifactKind kind, string time)
    {
        var parsed = ArtifactNames.Parse(name);

        Assert.Equal(ArtifactNameKind.Artifact, parsed.NameKind);
        Assert.Equal(database, parsed.Database);
        Assert.Equal(kind, parsed.Kind);
        Assert.Equal(DateTimeOffset.Parse(time, System.Globalization.CultureInfo.InvariantCulture), parsed.Time);
        Assert.Equal(TimeSpan.Zero, parsed.Time!.Value.Offset);
    }

    [Theory]
    [InlineData("neo4j.dump", "neo4j", ArtifactKind.Dump)]
    [InlineData("orders.backup", "orders", ArtifactKind.Backup)]
    [InlineData("data.v2.dump", "data.v2", ArtifactKind.Dump)]
    public void NameWithoutTimestamp_ShouldLeaveTheTimeToTheFile(string name, string database, ArtifactKind kind)
    {
        var parsed = ArtifactNames.Parse(name);

        Assert.Equal(ArtifactNameKind.Artifact, parsed.NameKind);
        Assert.Equal(database, parsed.Database);
        Assert.Equal(kind, parsed.Kind);
        Assert.Null(parsed.Time);
    }

    [Theory]
    [InlineData("neo4j-2026-02-30T10-00-00.backup", "not a valid date")]
    [InlineData("neo4j-2026-11-20T25-00-00.backup", "not a valid date")]
    [InlineData("neo4j-2026-11-20.dump", "not in neo4j-admin's form")]
    [InlineData("neo4j-20261120.dump", "not in neo4j-admin's form")]
    [InlineData("neo4j-2026-11-20T10-00-00-1.backup", "not in neo4j-admin's form")]
    public void NameThatLooksTimestampedButDoesNotParse_ShouldBeMalformed(string name, string reason)
    {
        var parsed = ArtifactNames.Parse(name);

        Assert.Equal(ArtifactNameKind.Malformed, parsed.NameKind);
        Assert.Contains(reason, parsed.Problem, StringComparison.Ordinal);
        Assert.Contains(name, parsed.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("neo4j.conf")]
    [InlineData("neo4j-2026-11-20T02-00-00.backup.tmp")]
    [InlineData(".backup")]
    [InlineData(".orders.dump")]
    [InlineData("README.md")]
    public void OtherFiles_ShouldNotBeArtifacts(string name)
    {
        Assert.Equal(ArtifactNameKind.NotArtifact, ArtifactNames.Parse(name).NameKind);
    }
}
