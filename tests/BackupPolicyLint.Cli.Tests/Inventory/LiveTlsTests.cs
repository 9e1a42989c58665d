using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Cli.Tests.Inventory;

/// <summary>https to the loopback server: certificates are verified by default, and --neo4j-ca adds a private CA.</summary>
public sealed class LiveTlsTests
{
    [Fact]
    public async Task CertificateFromAnUnknownCa_ShouldFailTheHandshakeWithOneLine()
    {
        using var certificates = new TestCertificates();
        await using var server = await FakeNeo4jServer.StartAsync("cluster-2025.10", certificate: certificates.Server);
        using var directory = new TempDirectory();

        var result = InProcessCli.Run(directory.Path, InProcessCli.Credentials(), "inventory", "collect", "--neo4j-uri", server.Uri, "--out", "snapshot.json");

        Assert.StartsWith("https://127.0.0.1:", server.Uri, StringComparison.Ordinal);
        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Error.Trim().Split('\n'));
        Assert.Contains("TLS", result.Error, StringComparison.Ordinal);
        Assert.Contains("--neo4j-ca", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeNeo4jServer.Password, result.Error + result.Out, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(directory.Path, "snapshot.json")));
    }

    [Fact]
    public async Task PrivateCaGivenWithNeo4jCa_ShouldBeTrusted()
    {
        using var certificates = new TestCertificates();
        await using var server = await FakeNeo4jServer.StartAsync("cluster-2025.10", certificate: certificates.Server);
        using var directory = new TempDirectory();
        directory.Write("ca.pem", certificates.AuthorityPem);

        var result = InProcessCli.Run(directory.Path, InProcessCli.Credentials(), "inventory", "collect", "--neo4j-uri", server.Uri, "--out", "snapshot.json", "--neo4j-ca", "ca.pem");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("\"databases\"", File.ReadAllText(Path.Combine(directory.Path, "snapshot.json")), StringComparison.Ordinal);
        Assert.DoesNotContain(FakeNeo4jServer.Password, File.ReadAllText(Path.Combine(directory.Path, "snapshot.json")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CaFileThatIsNotACertificate_ShouldExitTwoWithOneLine()
    {
        using var certificates = new TestCertificates();
        await using var server = await FakeNeo4jServer.StartAsync("cluster-2025.10", certificate: certificates.Server);
        using var directory = new TempDirectory();
        directory.Write("ca.pem", "not a certificate\n");

        var result = InProcessCli.Run(directory.Path, InProcessCli.Credentials(), "inventory", "collect", "--neo4j-uri", server.Uri, "--neo4j-ca", "ca.pem");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("bpl: ", result.Error, StringComparison.Ordinal);
        Assert.Contains("ca.pem", result.Error, StringComparison.Ordinal);
    }
}
