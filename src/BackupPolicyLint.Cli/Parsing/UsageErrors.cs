using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;

namespace BackupPolicyLint.Cli.Parsing;

/// <summary>
/// What is wrong with a command line, one sentence per mistake. System.CommandLine takes an unknown option after a
/// command with a PATH argument for a path ("--fial-on" would be a missing file); here a token that starts with '-'
/// is an option unless it follows `--`, and an unknown one is named with the nearest known option.
/// </summary>
internal static class UsageErrors
{
    /// <summary>True when the only complaint is that a command with subcommands was given none (then its help is shown).</summary>
    public static bool IsMissingSubcommand(ParseResult parse) =>
        parse.CommandResult.Command is { Subcommands.Count: > 0, Action: null }
        && parse.Action is null or ParseErrorAction
        && parse.UnmatchedTokens.Count == 0
        && Describe(parse).Count == 0;

    /// <summary>One line per mistake, without the "bpl: " prefix; empty when the command line is usable.</summary>
    public static IReadOnlyList<string> Describe(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        var messages = OptionLikeArguments(parse).Select(token => UnknownOption(token, parse)).ToList();
        var commandSaid = false;
        foreach (var token in parse.UnmatchedTokens)
        {
            if (IsOptionLike(token))
            {
                messages.Add(UnknownOption(token, parse));
            }
            else if (!commandSaid)
            {
                // `bpl chek examples`: the words after an unknown command are its arguments, not more mistakes.
                messages.Add(UnknownCommandOrArgument(token, parse.CommandResult));
                commandSaid = command.Subcommands.Count > 0;
            }
        }

        foreach (var error in parse.Errors)
        {
            // Unmatched tokens are said above, in bpl's words; a missing subcommand shows the help instead.
            var aboutUnmatched = parse.UnmatchedTokens.Any(t => error.Message.Contains($"'{t}'", StringComparison.Ordinal));
            var missingSubcommand = error.SymbolResult is CommandResult && command is { Subcommands.Count: > 0, Action: null } && !aboutUnmatched;
            if (!aboutUnmatched && !missingSubcommand)
            {
                messages.Add(error.Message.TrimEnd('.'));
            }
        }

        return messages;
    }

    private static bool IsOptionLike(string token) => token.Length > 1 && token[0] == '-';

    /// <summary>Tokens a command's argument took that look like options and came before any `--`.</summary>
    private static IEnumerable<string> OptionLikeArguments(ParseResult parse)
    {
        var taken = parse.CommandResult.Children.OfType<ArgumentResult>().SelectMany(a => a.Tokens).ToHashSet(ReferenceEqualityComparer.Instance);
        foreach (var token in parse.Tokens)
        {
            if (token.Type == TokenType.DoubleDash)
            {
                yield break;
            }

            if (token.Type == TokenType.Argument && IsOptionLike(token.Value) && taken.Contains(token))
            {
                yield return token.Value;
            }
        }
    }

    private static string UnknownOption(string token, ParseResult parse)
    {
        var name = token.Split('=', 2)[0];
        var known = KnownOptions(parse.CommandResult);
        return Suggestions.Closest(name, known) is { } near
            ? $"unknown option '{name}'; did you mean '{near}'?"
            : $"unknown option '{name}' ({CommandName(parse.CommandResult)} --help lists the options)";
    }

    private static string UnknownCommandOrArgument(string token, CommandResult result)
    {
        var command = result.Command;
        if (command.Subcommands.Count == 0)
        {
            return $"unexpected argument '{token}'";
        }

        var names = command.Subcommands.SelectMany(c => c.Aliases.Prepend(c.Name));
        return Suggestions.Closest(token, names) is { } near
            ? $"unknown command '{token}'; did you mean '{near}'?"
            : $"unknown command '{token}' ({CommandName(result)} --help lists the commands)";
    }

    /// <summary>The options of the command and the recursive options of the commands above it.</summary>
    private static IEnumerable<string> KnownOptions(CommandResult result)
    {
        for (SymbolResult? current = result; current is not null; current = current.Parent)
        {
            if (current is not CommandResult { Command: var command })
            {
                continue;
            }

            foreach (var option in command.Options.Where(o => current == result || o.Recursive))
            {
                foreach (var name in option.Aliases.Prepend(option.Name))
                {
                    yield return name;
                }
            }
        }
    }

    /// <summary>"bpl", "bpl check", "bpl rules list": how the user names the command.</summary>
    internal static string CommandName(CommandResult result)
    {
        var names = new List<string>();
        for (SymbolResult? current = result; current is not null; current = current.Parent)
        {
            if (current is CommandResult { Command: not RootCommand } named)
            {
                names.Insert(0, named.Command.Name);
            }
        }

        return string.Join(' ', names.Prepend("bpl"));
    }
}
