using Xunit;
using static BackupPolicyLint.Tests.Infra.ShellTestSupport;

namespace BackupPolicyLint.Tests.Infra;

/// <summary>Scripts that stop or start Neo4j on their own host, which is then a DBMS server.</summary>
public sealed class ServiceControlTests
{
    [Theory]
    [InlineData("/var/lib/neo4j/bin/neo4j stop")]
    [InlineData("sudo systemctl stop neo4j")]
    [InlineData("systemctl restart neo4j.service")]
    [InlineData("service neo4j stop")]
    [InlineData("docker stop neo4j || echo skipping")]
    [InlineData("docker compose stop neo4j")]
    [InlineData("CONTAINER=neo4j-db\ndocker restart \"$CONTAINER\"")]
    [InlineData("cypher-shell -u neo4j -p \"$PW\" -d system \"STOP DATABASE neo4j;\"")]
    [InlineData("cypher-shell -a bolt://localhost:7687 -d system 'start database orders'")]
    public void StoppingOrStartingNeo4j_ShouldPutTheFileOnTheDbmsHost(string text)
    {
        Assert.NotNull(Read(text).ControlsNeo4jHere);
    }

    [Theory]
    [InlineData("systemctl stop nginx")]
    [InlineData("systemctl start neo4j-backup.timer")]
    [InlineData("docker stop neo4j-exporter")]
    [InlineData("docker compose stop web")]
    [InlineData("neo4j status")]
    [InlineData("kubectl exec neo4j-0 -- neo4j stop")]
    [InlineData("cypher-shell -a neo4j://graph-1.internal:7687 -d system \"STOP DATABASE neo4j\"")]
    [InlineData("cypher-shell -d neo4j \"MATCH (n) RETURN count(n)\"")]
    public void OtherServiceCommands_ShouldNot(string text)
    {
        Assert.Null(Read(text).ControlsNeo4jHere);
    }
}
