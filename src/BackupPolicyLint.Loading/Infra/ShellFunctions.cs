namespace BackupPolicyLint.Loading.Infra;

/// <summary>A shell function defined in a command list: its name, its body's commands, and the index of its last command.</summary>
internal sealed record ShellFunction(string Name, IReadOnlyList<ShellCommand> Body, int End);

/// <summary>
/// Finds function definitions (<c>name() { … }</c>, <c>function name { … }</c>, <c>function name() { … }</c>) in a command
/// list, so their bodies are read at each call with the call's arguments rather than once with <c>$1</c> unknown.
/// </summary>
internal static class ShellFunctions
{
    /// <summary>Definitions by the index of the command that starts them.</summary>
    public static Dictionary<int, ShellFunction> Find(IReadOnlyList<ShellCommand> commands)
    {
        var found = new Dictionary<int, ShellFunction>();
        for (var i = 0; i < commands.Count; i++)
        {
            var words = commands[i].Words;
            string? name;
            int bodyStart;
            List<ShellWord>? firstBody = null;
            if (commands[i].Separator == "()" && words.Count is 1 or 2)
            {
                name = words[^1].Text;
                bodyStart = i + 1;
            }
            else if (words.Count >= 3 && words[0].Text == "function" && words[2].Text == "{")
            {
                name = words[1].Text;
                bodyStart = i;
                firstBody = words.Skip(3).ToList();
            }
            else
            {
                continue;
            }

            if (firstBody is null && (bodyStart >= commands.Count || commands[bodyStart].Words[0].Text != "{"))
            {
                continue;
            }

            var body = new List<ShellCommand>();
            var depth = 0;
            var end = -1;
            for (var j = bodyStart; j < commands.Count; j++)
            {
                var current = commands[j];
                var leading = current.Words.TakeWhile(w => w.Text == "{").Count();
                depth += leading;
                if (current.Words[0].Text == "}")
                {
                    depth--;
                    if (depth == 0)
                    {
                        end = j;
                        break;
                    }

                    body.Add(current);
                    continue;
                }

                var rest = j == bodyStart ? (firstBody ?? current.Words.Skip(leading).ToList()) : current.Words.ToList();
                if (j == bodyStart && firstBody is not null)
                {
                    depth = 1;
                }

                if (rest.Count > 0)
                {
                    body.Add(current with { Words = rest });
                }
            }

            if (end < 0)
            {
                continue;
            }

            found[i] = new ShellFunction(name, body, end);
            i = end;
        }

        return found;
    }

    /// <summary>The names of defined functions that some command of the list (or of a function's body) calls.</summary>
    public static HashSet<string> CalledNames(IReadOnlyList<ShellCommand> commands, Dictionary<int, ShellFunction> definitions)
    {
        var names = definitions.Values.Select(d => d.Name).ToHashSet(StringComparer.Ordinal);
        var called = new HashSet<string>(StringComparer.Ordinal);
        var inDefinition = definitions.SelectMany(d => Enumerable.Range(d.Key, d.Value.End - d.Key + 1)).ToHashSet();
        var bodies = definitions.Values.SelectMany(d => d.Body);
        foreach (var command in commands.Where((_, i) => !inDefinition.Contains(i)).Concat(bodies))
        {
            var first = command.Words.SkipWhile(w => w.Text is "if" or "then" or "else" or "elif" or "do" or "while" or "until" or "!" or "{" or "time").FirstOrDefault();
            if (first is not null && names.Contains(first.Text))
            {
                called.Add(first.Text);
            }
        }

        return called;
    }
}
