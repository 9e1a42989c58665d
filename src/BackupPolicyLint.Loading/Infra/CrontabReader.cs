using BackupPolicyLint.Diagnostics;

namespace BackupPolicyLint.Loading.Infra;

/// <summary>
/// Reads cron tables: <c>m h dom mon dow [user] command</c> and <c>@daily [user] command</c>. System tables (/etc/crontab,
/// cron.d) have the user field; in other files a sixth field of <c>root</c> or <c>neo4j</c> is read as the user too.
/// Each command is extracted with its schedule and user; environment lines (<c>MAILTO=…</c>) are skipped.
/// </summary>
internal static class CrontabReader
{
    private static readonly Dictionary<string, string> Nicknames = new(StringComparer.Ordinal)
    {
        ["@yearly"] = "0 0 1 1 *", ["@annually"] = "0 0 1 1 *", ["@monthly"] = "0 0 1 * *", ["@weekly"] = "0 0 * * 0",
        ["@daily"] = "0 0 * * *", ["@midnight"] = "0 0 * * *", ["@hourly"] = "0 * * * *",
    };

    public static void Read(string text, bool systemTable, InfraFileFacts facts)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            ReadLine(lines[i].TrimEnd('\r'), new TextPosition(i + 1, 1), systemTable, facts);
        }
    }

    /// <summary>
    /// One cron entry whose first character is at <paramref name="start"/>: a line of a cron table, or the text a
    /// Dockerfile's <c>RUN echo '…' &gt;&gt; /etc/crontab</c> appends.
    /// </summary>
    public static void ReadLine(string line, TextPosition start, bool systemTable, InfraFileFacts facts)
    {
        var lineNumber = start.Line;
        var shift = start.Column - 1;
        var body = line.TrimStart();
        if (body.Length == 0 || body[0] == '#' || System.Text.RegularExpressions.Regex.IsMatch(body, @"^[A-Za-z_][A-Za-z0-9_]*\s*="))
        {
            return;
        }

        var fields = new List<(string Text, int Column)>();
        var index = 0;
        var wanted = body[0] == '@' ? 1 : 5;
        while (fields.Count < wanted + 1 && index < line.Length)
        {
            while (index < line.Length && line[index] is ' ' or '\t')
            {
                index++;
            }

            var begin = index;
            while (index < line.Length && line[index] is not (' ' or '\t'))
            {
                index++;
            }

            if (index > begin)
            {
                fields.Add((line[begin..index], begin + 1));
            }
        }

        if (fields.Count < wanted + 1)
        {
            return;
        }

        var cron = body[0] == '@' ? Nicknames.GetValueOrDefault(fields[0].Text) : string.Join(' ', fields.Take(5).Select(f => f.Text));
        if (cron is null)
        {
            return;
        }

        var commandColumn = fields[wanted].Column;
        (string, SourceSpan)? user = null;
        var candidate = fields[wanted].Text;
        if (systemTable || candidate is "root" or "neo4j")
        {
            user = (ShellCommandExtractor.UserOf(candidate), new SourceSpan(facts.File, lineNumber, shift + commandColumn, lineNumber, shift + commandColumn + candidate.Length));
            var rest = commandColumn - 1 + candidate.Length;
            while (rest < line.Length && line[rest] is ' ' or '\t')
            {
                rest++;
            }

            commandColumn = rest + 1;
        }

        var command = line[(commandColumn - 1)..].Split('%')[0];
        var context = new ExtractionContext
        {
            File = facts.File,
            Source = facts.Source,
            RunAs = user,
            Schedule = (cron, new SourceSpan(facts.File, lineNumber, shift + fields[0].Column, lineNumber, shift + fields[wanted - 1].Column + fields[wanted - 1].Text.Length)),
        };
        var commands = ShellTokenizer.Tokenize(command, new TextPosition(lineNumber, shift + commandColumn));
        ShellCommandExtractor.Extract(commands, context, facts);
        RecordScripts(commands, context, facts);
    }

    private static readonly HashSet<string> UserSwitches = new(StringComparer.Ordinal) { "sudo", "su", "runuser", "gosu", "su-exec", "doas", "setpriv", "chpst" };

    private static readonly string[] ScriptExtensions = [".sh", ".bash", ".ksh", ".zsh"];

    /// <summary>
    /// Words that name a script (a path with a slash, or a shell extension); which of them is a script bpl read is decided
    /// once every file is loaded. A user switch before the script makes its user unknown rather than the line's.
    /// </summary>
    private static void RecordScripts(IReadOnlyList<ShellCommand> commands, ExtractionContext context, InfraFileFacts facts)
    {
        foreach (var command in commands)
        {
            var switched = false;
            foreach (var word in command.Words)
            {
                var name = word.Text[(word.Text.LastIndexOf('/') + 1)..];
                switched |= UserSwitches.Contains(name);
                if (word.Text.StartsWith('-') || name.Length == 0 || word.Symbolic
                    || !(word.Text.Contains('/', StringComparison.Ordinal) || ScriptExtensions.Any(e => name.EndsWith(e, StringComparison.Ordinal))))
                {
                    continue;
                }

                facts.ScheduledScripts.Add(new ScheduledScript(word.Text, context.Schedule!.Value, switched ? null : context.RunAs));
            }
        }
    }
}
