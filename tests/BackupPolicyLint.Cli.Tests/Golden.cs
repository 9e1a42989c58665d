using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Cli.Tests;

/// <summary>
/// Golden files under tests/BackupPolicyLint.Cli.Tests/Golden. On a mismatch the test fails with both texts;
/// run the tests with BPL_UPDATE_GOLDEN=1 to rewrite the files, then review the diff in git.
/// </summary>
internal static class Golden
{
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
        Assert.True(expected == normalized, $"output differs from golden file {name} (BPL_UPDATE_GOLDEN=1 rewrites it)\n--- expected\n{expected}\n--- actual\n{normalized}");
    }
}
