using System.Text;
using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Cli.Tests.Hostile;

/// <summary>
/// Command lines a user might type with a secret in them, each run through the real command line (CliApp.Run, the
/// same parser and command tree as the bpl executable, with its streams captured) against a loopback Neo4j: every one
/// ends in exit 2 and one stderr line, no request reaches the server, and the secret (or its base64 login) is in no
/// output stream and no file the run left. {S} is the secret, {U} the server's URI.
/// </summary>
public sealed class HostileCommandLineTests
{
    private const string Secret = FakeNeo4jServer.Password;

    public static TheoryData<string, string> Lines() => new()
    {
        // command line (split on spaces), what the one stderr line must name
        { "check plan.yaml --neo4j-password={S}", "--neo4j-password is refused" },
        { "check plan.yaml --neo4j-password {S}", "--neo4j-password is refused" },
        { "check plan.yaml --password {S} --format json --output report.json", "--password is refused" },
        { "check plan.yaml -p {S}", "-p is refused" },
        { "check plan.yaml -p{S}", "-p is refused" },
        { "check plan.yaml --pass {S}", "--pass is refused" },
        { "check plan.yaml --passwd={S}", "--passwd is refused" },
        { "check plan.yaml --neo4j-pasword {S}", "--neo4j-pasword is refused" },
        { "check plan.yaml --neo4j-uri {U} --neo4j-user neo4j:{S}", "--neo4j-user is refused" },
        { "check plan.yaml --neo4j-uri {U} --neo4j-user=neo4j:{S}", "--neo4j-user is refused" },
        { "check plan.yaml --neo4j-uri http://neo4j:{S}@127.0.0.1:7474", "--neo4j-uri is refused" },
        { "check plan.yaml --neo4j-uri=http://neo4j:{S}@127.0.0.1:7474", "--neo4j-uri is refused" },
        { "check http://neo4j:{S}@127.0.0.1/plans", "an argument is refused" },
        { "check plan.yaml --format json --output report.json -- --neo4j-password {S}", "--neo4j-password is refused" },
        { "check plan.yaml {S}", "path '***' does not exist" },
        { "check plan.yaml --neo4j-uri {U} --fail-on {S}", "--fail-on '***' is not one of" },
        { "inventory collect --neo4j-uri {U} --neo4j-password {S} --out snap.json", "--neo4j-password is refused" },
        { "inventory collect --neo4j-uri {U} --neo4j-user neo4j:{S}", "--neo4j-user is refused" },
        { "inventory collect --neo4j-uri http://neo4j:{S}@127.0.0.1:1", "--neo4j-uri is refused" },
        { "inventory collect --neo4j-uri {U} {S}", "'***'" },
        { "inventory collect --neo4j-uri {U} --PASSWORD {S}", "--PASSWORD is refused" },
        { "init --neo4j-uri {U} --password {S} --output plan2.yaml", "--password is refused" },
        { "init --neo4j-uri {U} -p{S}", "-p is refused" },
        { "init --neo4j-uri http://{S}@localhost:7474", "--neo4j-uri is refused" },
        { "init --neo4j-uri {U} --neo4j-user neo4j:{S} --output plan2.yaml", "--neo4j-user is refused" },
    };

    [Theory]
    [MemberData(nameof(Lines))]
    public async Task CommandLineWithASecret_ShouldExitTwoWithOneLine_AndNeverShowOrSendIt(string line, string expected)
    {
        // Given a loopback Neo4j and NEO4J_PASSWORD set to the same secret the user typed
        await using var server = await FakeNeo4jServer.StartAsync("community-5.26");
        using var directory = new TempDirectory();
        directory.Write("plan.yaml", File.ReadAllText(Path.Combine(Repo.Fixtures, "Inventory", "cluster-plan.yaml")));
        var args = line.Replace("{S}", Secret, StringComparison.Ordinal).Replace("{U}", server.Uri, StringComparison.Ordinal).Split(' ');

        // When it runs through the real command line
        var result = InProcessCli.Run(directory.Path, InProcessCli.Credentials(), args);

        // Then exit 2, one line for a refusal, nothing sent, and the secret nowhere
        Assert.Equal(2, result.ExitCode);
        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("bpl: ", lines[0], StringComparison.Ordinal);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        if (expected.EndsWith("is refused", StringComparison.Ordinal))
        {
            Assert.Single(lines);
            Assert.Contains("NEO4J_PASSWORD", lines[0], StringComparison.Ordinal);
        }

        Assert.Empty(server.Requests);
        AssertNowhere(directory.Path, result.Out, result.Error);
    }

    [Theory]
    [InlineData("inventory collect --neo4j-uri {U}")]
    [InlineData("check plan.yaml --neo4j-uri {U}")]
    [InlineData("init --neo4j-uri {U}")]
    public async Task MissingPassword_ShouldExitTwoBeforeAnyRequest(string line)
    {
        await using var server = await FakeNeo4jServer.StartAsync("community-5.26");
        using var directory = new TempDirectory();
        directory.Write("plan.yaml", File.ReadAllText(Path.Combine(Repo.Fixtures, "Inventory", "cluster-plan.yaml")));
        var environment = new Dictionary<string, string> { ["NEO4J_USER"] = FakeNeo4jServer.User };

        var result = InProcessCli.Run(directory.Path, environment, line.Replace("{U}", server.Uri, StringComparison.Ordinal).Split(' '));

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("bpl: NEO4J_PASSWORD is not set", Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task UserPasswordPairInNeo4jUser_ShouldExitTwoWithoutEchoingIt()
    {
        await using var server = await FakeNeo4jServer.StartAsync("community-5.26");
        using var directory = new TempDirectory();
        var environment = new Dictionary<string, string> { ["NEO4J_USER"] = $"neo4j:{Secret}", ["NEO4J_PASSWORD"] = Secret };

        var result = InProcessCli.Run(directory.Path, environment, "inventory", "collect", "--neo4j-uri", server.Uri);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("NEO4J_USER holds a user:password pair", result.Error, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
        AssertNowhere(directory.Path, result.Out, result.Error);
    }

    [Fact]
    public void MaskingWriter_ShouldMaskASecretWrittenInPieces()
    {
        var inner = new StringWriter();
        using (var writer = new BackupPolicyLint.Cli.Commands.SecretMaskingWriter(inner, Secret))
        {
            writer.Write("path '");
            writer.Write(Secret[..5]);
            writer.Write(Secret[5..]);
            writer.Write("' does not exist\nnext ");
            writer.Write(Secret);
        }

        Assert.Equal("path '***' does not exist\nnext ***", inner.ToString());
    }

    /// <summary>Neither the secret nor the Basic login built from it, in the streams or any file in the directory.</summary>
    internal static void AssertNowhere(string directory, params string[] streams)
    {
        var login = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{FakeNeo4jServer.User}:{Secret}"));
        var files = Directory.GetFiles(directory, "*", SearchOption.AllDirectories).Select(File.ReadAllText);
        foreach (var text in streams.Concat(files))
        {
            Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);
            Assert.DoesNotContain(login, text, StringComparison.Ordinal);
        }
    }
}
