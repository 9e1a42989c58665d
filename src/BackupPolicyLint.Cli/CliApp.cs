using System.CommandLine;
using BackupPolicyLint.Cli.Commands;
using BackupPolicyLint.Cli.Parsing;
using BackupPolicyLint.Engine;

namespace BackupPolicyLint.Cli;

/// <summary>The `bpl` command tree. Errors end as one sentence on stderr and exit 2, never a stack trace.</summary>
internal static class CliApp
{
    public static int Run(string[] args, CliIo io)
    {
        // A credential on the command line is refused before anything can echo it (docs/security.md).
        if (CredentialArguments.Refusal(args) is { } refusal)
        {
            io.Error.WriteLine($"bpl: {refusal}");
            return ExitCodes.UsageError;
        }

        // Every error path writes to stderr, so that is where NEO4J_PASSWORD is masked. Reports on stdout are left whole:
        // they hold what the checked files and the DBMS say, and masking a short password there would garble them.
        var masked = io with { Error = SecretMaskingWriter.Wrap(io.Error, io.Environment(LiveInventory.PasswordVariable)) };
        try
        {
            return RunParsed(args, masked);
        }
        finally
        {
            masked.Error.Flush();
        }
    }

    private static int RunParsed(string[] args, CliIo io)
    {
        var verbose = args.Contains("--verbose");
        var root = new RootCommand("bpl — policy-as-code checks for Neo4j backup and restore plans.")
        {
            CheckCommand.Create(io),
            RulesCommand.Create(io),
            SchemaCommand.Create(io),
            InventoryCommand.Create(io),
            InitCommand.Create(io),
            BaselineCommand.Create(io),
        };
        var verboseOption = new Option<bool>("--verbose") { Description = "Show internal details (stack traces) of unexpected errors, and (check) the files about Neo4j that were found and not judged, with why.", Recursive = true };
        root.Options.Add(verboseOption);

        HelpSections.AddTo(root);

        var parse = root.Parse(args);
        if (UsageErrors.IsMissingSubcommand(parse))
        {
            // `bpl` or `bpl rules` alone: the help, and exit 2 as git does (non-zero), so a CI step missing its command fails.
            HelpSections.WriteHelp(root, parse, io.Out);
            return ExitCodes.UsageError;
        }

        if (UsageErrors.Describe(parse) is { Count: > 0 } mistakes)
        {
            foreach (var mistake in mistakes)
            {
                io.Error.WriteLine($"bpl: {mistake}");
            }

            return ExitCodes.UsageError;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = io.Out, Error = io.Error, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException ex)
        {
            return Refused(io, ex.Messages);
        }
        catch (CheckFailureException ex)
        {
            return Refused(io, ex.Failures.Select(f => f.Message));
        }
        catch (OutOfMemoryException)
        {
            // Reached only when bpl's own thread, not a script's, hit the heap limit (docs/security.md); the stack
            // has unwound, so the lines below have memory to be written with.
            io.Progress.Clear();
            io.Error.WriteLine("bpl: out of memory (a script rule that kept allocating after it was stopped can cause this; see docs/security.md)");
            return ExitCodes.UsageError;
        }
        catch (Exception ex)
        {
            io.Progress.Clear();
            io.Error.WriteLine(verbose ? $"bpl: internal error: {ex}" : $"bpl: internal error: {ex.Message} (run with --verbose for details)");
            return ExitCodes.UsageError;
        }
    }

    /// <summary>The run cannot be done as asked: each reason on a line of its own, exit 2.</summary>
    private static int Refused(CliIo io, IEnumerable<string> messages)
    {
        io.Progress.Clear();
        foreach (var message in messages)
        {
            io.Error.WriteLine($"bpl: {message}");
        }

        return ExitCodes.UsageError;
    }
}
