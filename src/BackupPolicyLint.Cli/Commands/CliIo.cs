namespace BackupPolicyLint.Cli.Commands;

/// <summary>Where a command writes, and what it may know of its surroundings; injected so tests run in memory.</summary>
public sealed record CliIo(TextWriter Out, TextWriter Error, string WorkingDirectory, Func<string, string?> Environment, bool OutIsTerminal)
{
    public static CliIo FromConsole() => new(
        Console.Out,
        Console.Error,
        Directory.GetCurrentDirectory(),
        System.Environment.GetEnvironmentVariable,
        !Console.IsOutputRedirected);

    /// <summary>Colour only on a terminal, and never when NO_COLOR is set (no-color.org).</summary>
    public bool UseColor => OutIsTerminal && string.IsNullOrEmpty(Environment("NO_COLOR"));
}
