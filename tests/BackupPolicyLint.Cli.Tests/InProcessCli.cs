using BackupPolicyLint.Cli;
using BackupPolicyLint.Cli.Commands;
using BackupPolicyLint.Engine;

namespace BackupPolicyLint.Tests.Support;

/// <summary>Runs `bpl` in this process with NEO4J_USER/NEO4J_PASSWORD set as given, capturing both streams.</summary>
internal static class InProcessCli
{
    public sealed record Result(int ExitCode, string Out, string Error);

    public static Result Run(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args) =>
        RunWithProgress(workingDirectory, environment, _ => NullProgressReporter.Instance, args);

    /// <summary>
    /// Runs with the status line of <paramref name="progress"/>, given the stderr writer (as if stderr were a terminal).
    /// Script rules run here without the process heap limit bpl sets on itself: many tests share this process, and a
    /// heap squeezed for one timed-out script would fail the others' allocations. The tests of that limit run bpl.
    /// </summary>
    public static Result RunWithProgress(string workingDirectory, IReadOnlyDictionary<string, string> environment, Func<TextWriter, IProgressReporter> progress, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var io = new CliIo(output, error, workingDirectory, name => environment.GetValueOrDefault(name), OutIsTerminal: false) { Progress = progress(error), CapScriptHeap = false };
        var exit = CliApp.Run(args, io);
        return new Result(exit, output.ToString(), error.ToString());
    }

    public static Dictionary<string, string> Credentials() => new()
    {
        ["NEO4J_USER"] = FakeNeo4jServer.User,
        ["NEO4J_PASSWORD"] = FakeNeo4jServer.Password,
    };
}
