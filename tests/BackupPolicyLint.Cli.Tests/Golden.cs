using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Cli.Tests;

/// <summary>
/// Golden files under tests/BackupPolicyLint.Cli.Tests/Golden. On a mismatch the test fails with a unified diff and the
/// command that rewrites the files (BPL_UPDATE_GOLDEN=1); review the diff in git after it.
/// </summary>
internal static class Golden
{
    public const string RebaselineCommand =
        "BPL_UPDATE_GOLDEN=1 dotnet test tests/BackupPolicyLint.Cli.Tests -c Release --filter \"FullyQualifiedName~Golden|FullyQualifiedName~RulesList\"";

    public static void Match(string name, string actual)
    {
        var path = Repo.Path("tests", "BackupPolicyLint.Cli.Tests", "Golden", name);
        var normalized = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable("BPL_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, normalized);
            return;
        }

        Assert.True(File.Exists(path), $"golden file {name} is missing; run the tests with BPL_UPDATE_GOLDEN=1 to create it");
        var expected = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.True(expected == normalized,
            $"output differs from golden file {name}:\n{LineDiff.Unified(expected, normalized, $"Golden/{name}", "this run")}\n"
            + $"If the change is intended: {RebaselineCommand}, then review `git diff`.");
    }
}
