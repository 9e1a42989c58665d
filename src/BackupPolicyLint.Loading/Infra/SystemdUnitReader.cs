using BackupPolicyLint.Diagnostics;

namespace BackupPolicyLint.Loading.Infra;

/// <summary>
/// Reads systemd service units (<c>*.service</c>): the <c>Exec*=</c> commands of <c>[Service]</c> (prefixes <c>-@:+!</c>
/// removed, continuation lines joined), run as <c>User=</c>, or as root when a system unit sets none (systemd's default;
/// a <c>+</c> prefix runs with full privileges whatever User= says); <c>Environment=</c> assignments resolve <c>$NAME</c>.
/// A unit under a <c>systemd/user</c> folder runs as its owner, unknown here.
/// </summary>
internal static class SystemdUnitReader
{
    private static readonly string[] ExecKeys = ["ExecStart", "ExecStartPre", "ExecStartPost", "ExecStop", "ExecStopPost", "ExecReload", "ExecCondition"];

    public static void Read(string text, bool userUnit, InfraFileFacts facts)
    {
        var entries = Entries(text).Where(e => e.Section == "Service").ToList();
        var context = new ExtractionContext { File = facts.File, Source = facts.Source };
        (string, SourceSpan)? user = null;
        foreach (var entry in entries)
        {
            if (entry.Key == "User" && entry.Value.Text.Trim().Length > 0)
            {
                user = (CommandUnwrapper.UserOf(entry.Value.Text.Trim()), new SourceSpan(facts.File, entry.Line, 1, entry.Line, entry.Key.Length + 1));
            }
            else if (entry.Key == "Environment")
            {
                foreach (var word in ShellTokenizer.Tokenize(entry.Value.Text).SelectMany(c => c.Words))
                {
                    var equals = word.Text.IndexOf('=', StringComparison.Ordinal);
                    if (equals > 0)
                    {
                        context.Variables[word.Text[..equals]] = [word.Text[(equals + 1)..]];
                    }
                }
            }
        }

        foreach (var entry in entries.Where(e => ExecKeys.Contains(e.Key)))
        {
            var prefix = entry.Value.Text.TakeWhile(c => c is '-' or '@' or ':' or '+' or '!').Count();
            var command = entry.Value with { Text = entry.Value.Text[prefix..], Positions = entry.Value.Positions.Skip(prefix).ToList() };
            (string, SourceSpan)? runAs = entry.Value.Text[..prefix].Contains('+', StringComparison.Ordinal) || user is null
                ? ("root", new SourceSpan(facts.File, entry.Line, 1, entry.Line, entry.Key.Length + 1))
                : user;
            var local = userUnit ? context.WithUnknownUser() : context.With(runAs);
            ShellCommandExtractor.Extract(ShellTokenizer.Tokenize(command.Text, command.Positions), local, facts);
        }
    }

    private sealed record UnitEntry(string Section, string Key, ShellWord Value, int Line);

    /// <summary>The unit's <c>Key=value</c> entries with their section, each value positioned (continued lines joined).</summary>
    private static List<UnitEntry> Entries(string text)
    {
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var entries = new List<UnitEntry>();
        var section = "";
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var body = line.TrimStart();
            if (body.StartsWith('[') && body.Contains(']', StringComparison.Ordinal))
            {
                section = body[1..body.IndexOf(']', StringComparison.Ordinal)];
                continue;
            }

            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (body.Length == 0 || body[0] is '#' or ';' || equals < 0)
            {
                continue;
            }

            var first = i;
            var value = new System.Text.StringBuilder();
            var positions = new List<TextPosition>();
            var start = equals + 1;
            while (true)
            {
                var current = lines[i];
                var end = current.EndsWith('\\') ? current.Length - 1 : current.Length;
                for (var c = start; c < end; c++)
                {
                    value.Append(current[c]);
                    positions.Add(new TextPosition(i + 1, c + 1));
                }

                if (!current.EndsWith('\\') || i + 1 >= lines.Count)
                {
                    break;
                }

                value.Append(' ');
                positions.Add(new TextPosition(i + 1, end + 1));
                i++;
                start = 0;
            }

            var startAt = positions.Count > 0 ? positions[0] : new TextPosition(first + 1, equals + 2);
            var word = new ShellWord(value.ToString(), positions, startAt, positions.Count > 0 ? positions[^1] : startAt, Symbolic: false);
            entries.Add(new UnitEntry(section, line[..equals].Trim(), word, first + 1));
        }

        return entries;
    }
}
