using Xunit;
using static BackupPolicyLint.Tests.Infra.ShellTestSupport;

namespace BackupPolicyLint.Tests.Infra;

/// <summary>Who runs neo4j-admin through the layers that run another command (CommandUnwrapper, RemoteCommandUnwrapper).</summary>
public sealed class CommandUnwrapperTests
{
    [Theory]
    [InlineData("docker exec neo4j neo4j-admin database dump neo4j", "root")]
    [InlineData("docker exec -it neo4j neo4j-admin database dump neo4j", "root")]
    [InlineData("docker exec -u neo4j neo4j neo4j-admin database dump neo4j", "neo4j")]
    [InlineData("docker exec --user=7474 neo4j neo4j-admin database dump neo4j", "neo4j")]
    [InlineData("docker compose exec -T neo4j neo4j-admin database dump neo4j", "root")]
    [InlineData("docker-compose -f prod.yml exec -T -u neo4j db neo4j-admin database dump neo4j", "neo4j")]
    [InlineData("docker compose exec -T neo4j bash -c \"neo4j-admin database dump neo4j\"", "root")]
    [InlineData("docker run --rm --entrypoint /bin/bash neo4j:5.26 -c 'neo4j-admin database dump neo4j'", "root")]
    [InlineData("docker run --rm --entrypoint=/bin/bash -u neo4j neo4j:5.26 -c 'neo4j-admin database dump neo4j'", "neo4j")]
    [InlineData("sudo neo4j-admin database dump neo4j", "root")]
    [InlineData("sudo -u neo4j neo4j-admin database dump neo4j", "neo4j")]
    [InlineData("su neo4j -c 'neo4j-admin database dump neo4j'", "neo4j")]
    [InlineData("gosu neo4j neo4j-admin database dump neo4j", "neo4j")]
    [InlineData("ssh root@db1 neo4j-admin database dump neo4j", "root")]
    public void KnownUsers_ShouldBeTheOnesEachToolDocuments(string command, string user)
    {
        var job = Assert.Single(Read(command).Jobs);

        Assert.Equal(user, job.RunAs?.User);
    }

    [Theory]
    [InlineData("kubectl exec -n graph neo4j-0 -- neo4j-admin database dump neo4j")]
    [InlineData("docker run --rm -v data:/data neo4j:5.26 neo4j-admin database dump neo4j")]
    [InlineData("docker run --rm --user=\"$(id -u):$(id -g)\" neo4j:5.26 neo4j-admin database dump neo4j")]
    [InlineData("docker compose run --rm neo4j neo4j-admin database dump neo4j")]
    [InlineData("ssh backup-host neo4j-admin database dump neo4j")]
    public void UnknownUsers_ShouldStayUnknown(string command)
    {
        var job = Assert.Single(Read(command).Jobs);

        Assert.Null(job.RunAs);
    }

    [Fact]
    public void KubectlExec_ShouldNotInheritTheOuterUser()
    {
        var job = Assert.Single(Read("sudo kubectl exec neo4j-0 -- neo4j-admin database dump neo4j").Jobs);

        Assert.Null(job.RunAs);
    }

    [Theory]
    [InlineData("kubectl exec -i neo4j-0 -- bash -s <<'EOF'\nneo4j-admin database backup --from=a:6362 --to-path=/b neo4j\nEOF\n", 2, 1)]
    [InlineData("docker exec -i neo4j sh <<EOF\n  neo4j-admin database backup --from=a:6362 --to-path=/b neo4j\nEOF\n", 2, 3)]
    [InlineData("ssh backup@vm <<-EOF\n\tneo4j-admin database backup --from=a:6362 --to-path=/b neo4j\n\tEOF\n", 2, 2)]
    [InlineData("bash <<EOF\nneo4j-admin database backup --from=a:6362 --to-path=/b neo4j\nEOF\necho done\n", 2, 1)]
    public void HereDocumentsFedToAShell_ShouldBeReadAtTheirLines(string text, int line, int column)
    {
        var job = Assert.Single(Read(text).Jobs);

        Assert.Equal((line, column), (job.Span.Line, job.Span.Column));
    }

    [Fact]
    public void HereDocumentsFedToOtherPrograms_ShouldNotBeCommands()
    {
        var facts = Read("cat > /etc/motd <<EOF\nneo4j-admin database backup --to-path=/b neo4j\nEOF\n");

        Assert.Empty(facts.Jobs);
    }
}
