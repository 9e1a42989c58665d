using System.Text.Json;
using BackupPolicyLint.Diagnostics;

namespace BackupPolicyLint.Loading.Infra;

/// <summary>
/// Reads Dockerfiles: RUN, CMD and ENTRYPOINT in shell form (continuations included) or exec form (a JSON array), run as
/// the last USER; ENV of <c>NEO4J_*</c> settings; FROM of a Neo4j image (its tag gives edition and version). With no
/// USER in a stage built FROM the official image (which has none): an ENTRYPOINT replaces the image's entrypoint and runs
/// as root, while a CMD is run by the image's entrypoint, which drops to the neo4j user (unless the stage has its own
/// ENTRYPOINT, whose user bpl cannot know). RUN lines run as root while building; bpl leaves them unknown, since the
/// image's entrypoint hands /data to neo4j when the container starts.
/// </summary>
internal static class DockerfileReader
{
    public static void Read(string text, InfraFileFacts facts)
    {
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        (string, SourceSpan)? user = null;
        var variables = new List<(string Name, string Value, SourceSpan Span)>();
        var official = false;
        var ownEntrypoint = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var body = line.TrimStart();
            if (body.Length == 0 || body[0] == '#')
            {
                continue;
            }

            var indent = line.Length - body.Length;
            var space = body.IndexOfAny([' ', '\t']);
            if (space < 0)
            {
                continue;
            }

            var instruction = body[..space].ToUpperInvariant();
            var argStart = indent + space;
            while (argStart < line.Length && line[argStart] is ' ' or '\t')
            {
                argStart++;
            }

            // The instruction's text, continuation lines included (the tokenizer removes the backslash-newlines).
            var first = i;
            var textLines = new List<string> { line[argStart..] };
            while (lines[i].EndsWith('\\') && i + 1 < lines.Count)
            {
                i++;
                textLines.Add(lines[i]);
            }

            var argument = string.Join('\n', textLines);
            var start = new TextPosition(first + 1, argStart + 1);
            switch (instruction)
            {
                case "USER":
                    user = (ShellCommandExtractor.UserOf(argument.Trim()), new SourceSpan(facts.File, first + 1, indent + 1, first + 1, line.Length + 1));
                    break;
                case "FROM":
                    var image = argument.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(w => !w.StartsWith("--", StringComparison.Ordinal)) ?? "";
                    official = ImageTags.IsOfficial(image);
                    ownEntrypoint = StageHasEntrypoint(lines, i + 1);
                    user = null;
                    ImageTags.Read(argument.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(w => !w.StartsWith("--", StringComparison.Ordinal)) ?? "",
                        new SourceSpan(facts.File, first + 1, argStart + 1, first + 1, line.Length + 1), facts);
                    break;
                case "ENV":
                    variables.AddRange(EnvVariables(argument, new SourceSpan(facts.File, first + 1, argStart + 1, i + 1, lines[i].Length + 1)));
                    break;
                case "RUN" or "CMD" or "ENTRYPOINT":
                    var instructionSpan = new SourceSpan(facts.File, first + 1, indent + 1, first + 1, indent + space + 1);
                    var runAs = user ?? (official ? instruction switch
                    {
                        "ENTRYPOINT" => ("root", instructionSpan),
                        "CMD" when !ownEntrypoint => ("neo4j", instructionSpan),
                        _ => ((string, SourceSpan)?)null,
                    } : null);
                    var context = new ExtractionContext { File = facts.File, Source = facts.Source, RunAs = runAs };
                    if (argument.TrimStart().StartsWith('[') && ExecForm(argument, start) is { } words)
                    {
                        ShellCommandExtractor.Extract([new ShellCommand(words, "")], context, facts);
                    }
                    else
                    {
                        var commands = ShellTokenizer.Tokenize(argument, start);
                        ShellCommandExtractor.Extract(commands, context, facts);
                        if (argument.Contains("/etc/crontab", StringComparison.Ordinal) || argument.Contains("/etc/cron.d/", StringComparison.Ordinal))
                        {
                            CronLinesWritten(commands, facts);
                        }
                    }

                    break;
            }
        }

        NeoEnvironment.Read(variables, facts);
    }

    /// <summary>Whether the stage that starts after line <paramref name="from"/> has an ENTRYPOINT of its own (before the next FROM).</summary>
    private static bool StageHasEntrypoint(List<string> lines, int from)
    {
        foreach (var line in lines.Skip(from))
        {
            var word = line.TrimStart().Split([' ', '\t'], 2)[0].ToUpperInvariant();
            if (word == "FROM")
            {
                return false;
            }

            if (word == "ENTRYPOINT")
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<(string Name, string Value, SourceSpan Span)> EnvVariables(string argument, SourceSpan span)
    {
        var commands = ShellTokenizer.Tokenize(argument);
        var words = commands.SelectMany(c => c.Words).Select(w => w.Text).ToList();
        if (words.Count == 2 && !words[0].Contains('=', StringComparison.Ordinal))
        {
            // Legacy form: ENV NAME value
            yield return (words[0], words[1], span);
            yield break;
        }

        foreach (var word in words)
        {
            var equals = word.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                yield return (word[..equals], word[(equals + 1)..], span);
            }
        }
    }

    /// <summary>
    /// <c>RUN echo '30 2 * * * root neo4j-admin …' &gt;&gt; /etc/crontab</c>: each echoed string is a system cron entry (with
    /// its user field), read where it is written in the Dockerfile.
    /// </summary>
    private static void CronLinesWritten(IReadOnlyList<ShellCommand> commands, InfraFileFacts facts)
    {
        foreach (var command in commands.Where(c => c.Words.Count > 1 && c.Words[0].Text is "echo" or "printf"))
        {
            foreach (var word in command.Words.Skip(1).Where(w => !w.Text.StartsWith('-')))
            {
                CrontabReader.ReadLine(word.Text, word.Start, systemTable: true, facts);
            }
        }
    }

    /// <summary>["neo4j-admin", "database", "backup"]: each string one word, located where it is written.</summary>
    private static List<ShellWord>? ExecForm(string argument, TextPosition start)
    {
        try
        {
            var items = JsonSerializer.Deserialize<List<string>>(argument.Replace("\\\n", "", StringComparison.Ordinal));
            if (items is null)
            {
                return null;
            }

            var words = new List<ShellWord>();
            var from = 0;
            foreach (var item in items)
            {
                var quoted = argument.IndexOf('"', from);
                var column = start.Column + Math.Max(0, quoted + 1);
                from = quoted < 0 ? from : argument.IndexOf('"', quoted + 1 + JsonSerializer.Serialize(item).Length - 2) + 1;
                var positions = Enumerable.Range(0, item.Length).Select(k => new TextPosition(start.Line, column + k)).ToList();
                words.Add(new ShellWord(item, positions, new TextPosition(start.Line, column), new TextPosition(start.Line, column + item.Length), false));
            }

            return words;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
