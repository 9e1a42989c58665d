using System.Diagnostics;
using Xunit;

namespace BackupPolicyLint.Cli.Tests;

/// <summary>Runs git in a test's scratch repository with a fixed identity and no signing; a failing command fails the test.</summary>
internal static class TestGit
{
    public static string Run(string repository, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = repository, UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { "-c", "user.name=bpl-tests", "-c", "user.email=bpl-tests@example.com", "-c", "commit.gpgsign=false" }.Concat(args))
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', args)} failed: {error.Result}");
        return output;
    }
}
