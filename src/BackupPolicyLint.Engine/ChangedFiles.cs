using System.ComponentModel;
using System.Diagnostics;

namespace BackupPolicyLint.Engine;

/// <summary>
/// --changed-since: the files git reports as changed between REV and the working tree, plus untracked files not
/// ignored; full paths. Any git failure is a run that cannot be done as asked.
/// </summary>
internal static class ChangedFiles
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static IReadOnlySet<string> Since(string revision, string workingDirectory)
    {
        if (revision.Length == 0 || revision.StartsWith('-'))
        {
            throw new CheckFailureException(CheckFailureKind.InvalidRequest, $"--changed-since '{revision}' is not a git revision");
        }

        var root = Git(workingDirectory, "rev-parse", "--show-toplevel").Trim();
        var changed = Git(workingDirectory, "diff", "--name-only", "--no-renames", "-z", revision, "--");
        var untracked = Git(workingDirectory, "ls-files", "--others", "--exclude-standard", "--full-name", "-z");
        return (changed + untracked)
            .Split('\0', StringSplitOptions.RemoveEmptyEntries)
            .Select(name => Path.GetFullPath(name, root))
            .ToHashSet(OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
    }

    private static string Git(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        try
        {
            using var process = Process.Start(start) ?? throw new CheckFailureException(CheckFailureKind.ChangedFilesUnavailable, "--changed-since: git could not be started");
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new CheckFailureException(CheckFailureKind.ChangedFilesUnavailable, $"--changed-since: git {args[0]} did not finish in {Timeout.TotalSeconds:0} s");
            }

            if (process.ExitCode != 0)
            {
                var reason = error.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? $"exit code {process.ExitCode}";
                throw new CheckFailureException(CheckFailureKind.ChangedFilesUnavailable, $"--changed-since: git {args[0]} failed: {reason}");
            }

            return output.Result;
        }
        catch (Win32Exception ex)
        {
            throw new CheckFailureException(CheckFailureKind.ChangedFilesUnavailable, $"--changed-since needs git on PATH: {ex.Message}");
        }
    }
}
