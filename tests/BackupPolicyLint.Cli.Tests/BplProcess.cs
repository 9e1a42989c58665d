using System.Diagnostics;
using BackupPolicyLint.Tests.Support;

namespace BackupPolicyLint.Cli.Tests;

/// <summary>
/// Runs the built `bpl` as a real process from the repository root and captures what it prints; or, with
/// <c>InProcess</c>, runs the same command line in this process (what most report tests need, a tenth of the time:
/// no runtime start, no JIT of the whole tool per test). Real processes stay where isolation is the point: exit codes
/// from Main, stderr of a crash, terminal detection, startup hooks, scripts' memory limits.
/// </summary>
internal static class BplProcess
{
    public sealed record Result(int ExitCode, string Out, string Error);

    /// <summary>The command line in this process, from the repository root, with no environment.</summary>
    public static Result InProcess(params string[] args) => InProcess(new Dictionary<string, string?>(), Repo.Root, args);

    /// <summary>The command line through <c>CliApp.Run</c> in this process, with only the given environment (a null value is unset).</summary>
    public static Result InProcess(IReadOnlyDictionary<string, string?> environment, string workingDirectory, params string[] args)
    {
        var given = environment.Where(e => e.Value is not null).ToDictionary(e => e.Key, e => e.Value!, StringComparer.Ordinal);
        var result = BackupPolicyLint.Tests.Support.InProcessCli.Run(workingDirectory, given, args);
        return new Result(result.ExitCode, result.Out, result.Error);
    }

    public static Result Run(params string[] args) => RunIn(Repo.Root, args);

    public static Result RunIn(string workingDirectory, params string[] args) => RunWith(new Dictionary<string, string?>(), workingDirectory, args);

    /// <summary>Runs with extra environment variables (a null value removes the variable).</summary>
    public static Result RunWith(IReadOnlyDictionary<string, string?> environment, string workingDirectory, params string[] args)
    {
        var bpl = Path.Combine(AppContext.BaseDirectory, "bpl.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(bpl);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("NO_COLOR");
        start.Environment.Remove("GITHUB_STEP_SUMMARY");
        start.Environment.Remove("SOURCE_DATE_EPOCH");
        foreach (var (name, value) in environment)
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"bpl {string.Join(' ', args)} did not finish in 60 s");
        }

        return new Result(process.ExitCode, output.Result, error.Result);
    }
}
