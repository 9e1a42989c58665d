using Xunit;

namespace BackupPolicyLint.Cli.Tests;

/// <summary>
/// The refusal and the masking through the bpl executable itself (Program.cs, the console streams); the full list of
/// hostile command lines runs in process in HostileCommandLineTests, through the same parser.
/// </summary>
public sealed class CredentialArgumentProcessTests
{
    private const string Secret = "s3cret-Pa55-never-shown";

    [Theory]
    [InlineData("check examples --neo4j-password=" + Secret, "--neo4j-password is refused")]
    [InlineData("inventory collect --neo4j-uri http://127.0.0.1:1 --neo4j-password " + Secret, "--neo4j-password is refused")]
    [InlineData("check examples --neo4j-uri http://127.0.0.1:1 --neo4j-user neo4j:" + Secret, "--neo4j-user is refused")]
    [InlineData("check " + Secret, "path '***' does not exist")]
    public void SecretOnTheCommandLine_ShouldNeverReachAnOutputStream(string line, string expected)
    {
        var result = BplProcess.RunWith(new Dictionary<string, string?> { ["NEO4J_PASSWORD"] = Secret, ["NEO4J_USER"] = "neo4j" }, BackupPolicyLint.Tests.Support.Repo.Root, line.Split(' '));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, result.Out + result.Error, StringComparison.Ordinal);
    }
}
