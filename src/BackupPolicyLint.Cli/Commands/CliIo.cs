using BackupPolicyLint.Cli.Progress;
using BackupPolicyLint.Engine;

namespace BackupPolicyLint.Cli.Commands;

/// <summary>Where a command writes, and what it may know of its surroundings; injected so tests run in memory.</summary>
internal sealed record CliIo(TextWriter Out, TextWriter Error, string WorkingDirectory, Func<string, string?> Environment, bool OutIsTerminal)
{
    public static CliIo FromConsole() => new(
        Console.Out,
        Console.Error,
        Directory.GetCurrentDirectory(),
        System.Environment.GetEnvironmentVariable,
        !Console.IsOutputRedirected)
    {
        // Progress only on a terminal: a redirected stderr (a pipe, a file, a CI log) never sees a status line.
        Progress = Console.IsErrorRedirected ? NullProgressReporter.Instance : new TerminalProgressReporter(Console.Error, TerminalWidth()),
    };

    /// <summary>What collecting live inventories may use: the working directory, the credentials' variables, the status line.</summary>
    public InventoryHost InventoryHost => new(WorkingDirectory, Environment, Progress);

    /// <summary>The status line for long work on stderr; shows nothing unless stderr is a terminal.</summary>
    public IProgressReporter Progress { get; init; } = NullProgressReporter.Instance;

    /// <summary>
    /// Whether script rules give this process a GC heap limit (docs/security.md). bpl's own process does; a host that
    /// runs the command line in its own process (the in-process tests, many at once) keeps its heap, as the pipeline's
    /// in-process callers do. Script time and allocation limits hold either way.
    /// </summary>
    public bool CapScriptHeap { get; init; } = true;

    /// <summary>
    /// Colour on a terminal unless NO_COLOR is set (no-color.org); FORCE_COLOR (force-color.org) decides over both when set:
    /// colour even into a pipe or file, or none with FORCE_COLOR=0 or false, as Node.js reads it. --no-color is stronger still.
    /// </summary>
    public bool UseColor => Environment("FORCE_COLOR") switch
    {
        null or "" => OutIsTerminal && string.IsNullOrEmpty(Environment("NO_COLOR")),
        "0" or "false" => false,
        _ => true,
    };

    private static int TerminalWidth()
    {
        try
        {
            return Console.WindowWidth > 0 ? Console.WindowWidth : 80;
        }
        catch (Exception ex) when (ex is IOException or PlatformNotSupportedException or InvalidOperationException)
        {
            return 80;
        }
    }
}
