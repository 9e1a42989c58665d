using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace BackupPolicyLint.Cli.Parsing;

/// <summary>What `--help` adds after System.CommandLine's sections: the exit codes, and examples for the main commands.</summary>
internal static class HelpSections
{
    private static readonly Dictionary<string, string[]> Examples = new(StringComparer.Ordinal)
    {
        ["bpl"] =
        [
            "bpl check .                                  check every plan and infrastructure file below here",
            "bpl rules explain BPL101                     why a rule exists and how to fix what it finds",
            "bpl init --output plans/prod.yaml            write a starter plan to fill in",
        ],
        ["check"] =
        [
            "bpl check . --fail-on warning                exit 1 on any warning or error",
            "bpl check plans -f sarif -o bpl.sarif        a SARIF file for code scanning",
            "bpl check . --changed-since origin/main -q   errors only, in the files a branch changed",
        ],
    };

    /// <summary>Adds the sections to every command's help.</summary>
    public static void AddTo(RootCommand root)
    {
        var help = root.Options.OfType<HelpOption>().Single();
        help.Action = new WithSections(help.Action!);
    }

    /// <summary>Writes the help of the command <paramref name="parse"/> ended at, as `--help` would, to <paramref name="output"/>.</summary>
    public static void WriteHelp(RootCommand root, ParseResult parse, TextWriter output)
    {
        var path = UsageErrors.CommandName(parse.CommandResult).Split(' ').Skip(1).Append("--help").ToArray();
        root.Parse(path).Invoke(new InvocationConfiguration { Output = output, EnableDefaultExceptionHandler = false });
    }

    private static void Write(Command command, TextWriter output)
    {
        var key = command is RootCommand ? "bpl" : command.Name;
        output.WriteLine("Exit codes:");
        if (key is "bpl" or "check")
        {
            output.WriteLine("  0  no finding at or above --fail-on (and no more warnings than --max-warnings)");
            output.WriteLine("  1  findings at or above --fail-on, or more warnings than --max-warnings");
            output.WriteLine("  2  the run could not be done as asked: a bad option or value, a missing path, no files to check, an unusable policy");
        }
        else
        {
            output.WriteLine("  0  done");
            output.WriteLine("  2  it could not be done as asked (one line on stderr says why)");
        }

        if (Examples.TryGetValue(key, out var examples))
        {
            output.WriteLine();
            output.WriteLine("Examples:");
            foreach (var example in examples)
            {
                output.WriteLine($"  {example}");
            }
        }

        output.WriteLine();
    }

    /// <summary>System.CommandLine's help, then the sections above.</summary>
    private sealed class WithSections(CommandLineAction inner) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            var exit = ((SynchronousCommandLineAction)inner).Invoke(parseResult);
            Write(parseResult.CommandResult.Command, parseResult.InvocationConfiguration.Output);
            return exit;
        }
    }
}
