using BackupPolicyLint.Diagnostics;

namespace BackupPolicyLint.Loading.Infra;

/// <summary>How a layer changes who runs the command inside it.</summary>
internal enum UserChange
{
    /// <summary>Same user as outside (timeout, nice, env).</summary>
    Keep,

    /// <summary>A known user: sudo -u, su, gosu, docker exec -u, and root where a tool defaults to it.</summary>
    Known,

    /// <summary>A user bpl cannot know: inside a pod (kubectl exec), a container started through its image's entrypoint.</summary>
    Unknown,
}

/// <summary>
/// One layer peeled off a command: the words it runs, or a shell script it runs (<c>sh -c "…"</c>, a here-document fed to
/// a shell), and who runs them.
/// </summary>
internal sealed record CommandLayer(List<ShellWord> Inner, UserChange Change, (string User, SourceSpan Span)? User = null, ShellWord? Script = null)
{
    /// <summary>True when the inner command runs in a container, a pod or on another host.</summary>
    public bool Elsewhere { get; init; }

    /// <summary>
    /// The environment a <c>docker run</c> gives a Neo4j container (<c>-e</c>, <c>--env-file</c>): its entrypoint turns
    /// <c>NEO4J_*</c> into settings, for neo4j-admin too.
    /// </summary>
    public IReadOnlyList<(string Name, string Value, SourceSpan Span)> Environment { get; init; } = [];
}

/// <summary>
/// Peels the commands that run another command: sudo, su, runuser, gosu, su-exec, env, timeout/nice/ionice/stdbuf/flock,
/// and shells given a script (<c>-c</c>, or a here-document on stdin); the layers that run it elsewhere (docker, compose,
/// kubectl, ssh) are <see cref="RemoteCommandUnwrapper"/>'s. A user given by an expansion bpl cannot resolve is unknown.
/// </summary>
internal static class CommandUnwrapper
{
    private static readonly HashSet<string> Shells = new(StringComparer.Ordinal) { "sh", "bash", "dash", "ash", "zsh", "ksh" };

    /// <summary>The layer <paramref name="words"/> starts with, or null when its program is not a wrapper.</summary>
    public static CommandLayer? Peel(List<ShellWord> words, ExtractionContext context, IReadOnlyList<ShellWord> hereDocuments)
    {
        var name = ProgramName(words[0].Text);
        switch (name)
        {
            case "timeout" or "nice" or "ionice" or "stdbuf" or "flock" or "caffeinate" or "chronic" or "nohup" or "time" or "exec" or "command" or "builtin":
                return new CommandLayer(SkipWrapper(words, name), UserChange.Keep);
            case "env":
                return new CommandLayer(words.Skip(1).SkipWhile(w => w.Text.StartsWith('-') || w.Text.Contains('=', StringComparison.Ordinal)).ToList(), UserChange.Keep);
            case "sudo" or "doas":
                return Sudo(words, context);
            case "gosu" or "su-exec" when words.Count >= 3:
                return Switch(UserOf(words[1].Text), context.Span(words[0], words[1]), words.Skip(2).ToList());
            case "su" or "runuser":
                return Su(words, context, name);
            case "docker" or "podman" or "nerdctl" or "docker-compose":
                return RemoteCommandUnwrapper.Container(words, context);
            case "kubectl" or "oc":
                return RemoteCommandUnwrapper.Kubectl(words);
            case "ssh":
                return RemoteCommandUnwrapper.Ssh(words, context, hereDocuments);
        }

        if (Shells.Contains(name))
        {
            var dashC = words.FindIndex(w => IsDashC(w.Text));
            if (dashC >= 0 && dashC + 1 < words.Count)
            {
                return new CommandLayer([], UserChange.Keep, Script: words[dashC + 1]);
            }

            // "bash -s <<EOF", "sh <<EOF": the here-document is the script; "bash script.sh" runs a file, not read here.
            if (hereDocuments.Count > 0 && words.Skip(1).All(w => w.Text.StartsWith('-')))
            {
                return new CommandLayer([], UserChange.Keep, Script: hereDocuments[0]);
            }
        }

        return null;
    }

    public static string ProgramName(string word) => word[(word.LastIndexOf('/') + 1)..];

    /// <summary>A user name, or a uid: 0 is root, 7474 is neo4j in Neo4j's images; "user:group" keeps the user.</summary>
    public static string UserOf(string text)
    {
        var user = text.Split(':')[0].Trim();
        return user switch
        {
            "0" => "root",
            "7474" => "neo4j",
            _ => user,
        };
    }

    private static bool IsDashC(string text) => text.StartsWith('-') && !text.StartsWith("--", StringComparison.Ordinal) && text.EndsWith('c');

    /// <summary>A switch to <paramref name="user"/>; a user given by an expansion bpl cannot resolve (<c>$(id -u)</c>) is unknown.</summary>
    internal static CommandLayer Switch(string user, SourceSpan span, List<ShellWord> inner) =>
        ExtractionContext.IsUnknown(user) ? new CommandLayer(inner, UserChange.Unknown) : new CommandLayer(inner, UserChange.Known, (user, span));

    private static List<ShellWord> SkipWrapper(List<ShellWord> words, string name)
    {
        var rest = words.Skip(1).ToList();
        switch (name)
        {
            case "timeout" or "flock":
                rest = rest.SkipWhile(w => w.Text.StartsWith('-')).Skip(1).ToList();
                break;
            case "nice" or "ionice" or "stdbuf":
                while (rest.Count > 0 && rest[0].Text.StartsWith('-'))
                {
                    rest = rest.Skip(rest[0].Text.Length == 2 && rest.Count > 1 ? 2 : 1).ToList();
                }

                break;
            case "exec" or "command" or "nohup" or "time":
                rest = rest.SkipWhile(w => w.Text.StartsWith('-')).ToList();
                break;
        }

        return rest;
    }

    private static CommandLayer Sudo(List<ShellWord> words, ExtractionContext context)
    {
        var user = "root";
        var last = words[0];
        var i = 1;
        for (; i < words.Count; i++)
        {
            var text = words[i].Text;
            if (text == "--")
            {
                i++;
                break;
            }

            if (!text.StartsWith('-'))
            {
                break;
            }

            if (text is "-u" or "--user" && i + 1 < words.Count)
            {
                user = UserOf(words[i + 1].Text);
                last = words[i + 1];
                i++;
            }
            else if (text.StartsWith("--user=", StringComparison.Ordinal))
            {
                user = UserOf(text["--user=".Length..]);
                last = words[i];
            }
            else if (text.StartsWith("-u", StringComparison.Ordinal) && text.Length > 2)
            {
                user = UserOf(text[2..]);
                last = words[i];
            }
            else if (text is "-g" or "-C" or "-p" or "-r" or "-t" or "-U" or "-h" or "-D" or "--group" or "--prompt" or "--chdir" && i + 1 < words.Count)
            {
                i++;
            }
        }

        return Switch(user, context.Span(words[0], last), words.Skip(i).ToList());
    }

    /// <summary>su [-] [-l] [user] [-c cmd] and runuser [-u user] [--] cmd: the user (root when none) and what it runs.</summary>
    private static CommandLayer Su(List<ShellWord> words, ExtractionContext context, string name)
    {
        var user = "root";
        ShellWord? userWord = null;
        ShellWord? command = null;
        var dash = -1;
        for (var i = 1; i < words.Count; i++)
        {
            var text = words[i].Text;
            if (text is "-c" or "--command" or "--session-command" && i + 1 < words.Count)
            {
                command = words[++i];
            }
            else if (text.StartsWith("--command=", StringComparison.Ordinal))
            {
                var offset = "--command=".Length;
                command = words[i] with { Text = text[offset..], Positions = words[i].Positions.Skip(offset).ToList() };
            }
            else if (text is "-s" or "--shell" or "-g" or "--group" or "-G" && i + 1 < words.Count)
            {
                i++;
            }
            else if (text is "-u" && i + 1 < words.Count)
            {
                userWord = words[++i];
                user = UserOf(userWord.Text);
            }
            else if (text == "--")
            {
                dash = i;
                break;
            }
            else if (!text.StartsWith('-') && userWord is null)
            {
                userWord = words[i];
                user = UserOf(text);
            }
        }

        var span = context.Span(words[0], userWord ?? words[0]);
        if (command is not null)
        {
            return Switch(user, span, []) with { Script = command };
        }

        return Switch(user, span, name == "runuser" && dash >= 0 ? words.Skip(dash + 1).ToList() : []);
    }
}
