using System.Text.RegularExpressions;
using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Model.Infra;

namespace BackupPolicyLint.Loading.Infra;

/// <summary>
/// Finds the backup-related commands among shell commands: neo4j-admin (through sudo, su -c, runuser, gosu, su-exec,
/// env, timeout, nice, docker/kubectl exec and sh -c strings), stores copied by hand, uploads off the host, mode changes
/// of backup paths and copies of TLS material. Simple variables (<c>DIR=/backups</c>, <c>for db in system neo4j</c>) are
/// tracked so <c>$DIR</c> and <c>$db</c> resolve; anything else stays symbolic.
/// </summary>
public static partial class ShellCommandExtractor
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "if", "then", "else", "elif", "fi", "do", "done", "while", "until", "!", "{", "}", "time", "exec", "nohup", "command", "builtin", "eval", "case", "esac",
    };

    private static readonly HashSet<string> Shells = new(StringComparer.Ordinal) { "sh", "bash", "dash", "ash", "zsh", "ksh" };

    /// <summary>Tokenizes <paramref name="text"/> and extracts into <paramref name="facts"/>.</summary>
    public static void ExtractText(string text, ExtractionContext context, InfraFileFacts facts) =>
        Extract(ShellTokenizer.Tokenize(text), context, facts);

    public static void Extract(IReadOnlyList<ShellCommand> commands, ExtractionContext context, InfraFileFacts facts)
    {
        foreach (var command in commands)
        {
            ExtractOne(command.Words, context, facts, depth: 0);
        }
    }

    private static void ExtractOne(IReadOnlyList<ShellWord> all, ExtractionContext context, InfraFileFacts facts, int depth)
    {
        if (depth > 8)
        {
            return;
        }

        var words = all.ToList();
        (string User, SourceSpan Span)? runAs = null;
        while (words.Count > 0)
        {
            var head = words[0].Text;
            var name = head[(head.LastIndexOf('/') + 1)..];
            if (Keywords.Contains(head) || name is "timeout" or "nice" or "ionice" or "stdbuf" or "flock" or "caffeinate" or "chronic")
            {
                words = SkipWrapper(words, name);
                continue;
            }

            if (AssignmentPattern().Match(head) is { Success: true } assignment)
            {
                context.Variables[assignment.Groups[1].Value] = context.Resolve(assignment.Groups[2].Value).ToList();
                words.RemoveAt(0);
                continue;
            }

            if (name is "export" or "readonly" or "local" or "declare" or "typeset")
            {
                foreach (var word in words.Skip(1))
                {
                    if (AssignmentPattern().Match(word.Text) is { Success: true } declared)
                    {
                        context.Variables[declared.Groups[1].Value] = context.Resolve(declared.Groups[2].Value).ToList();
                    }
                }

                return;
            }

            if (head == "for" && words.Count >= 3 && words[2].Text == "in")
            {
                context.Variables[words[1].Text] = words.Skip(3).SelectMany(w => context.Resolve(w.Text)).ToList();
                return;
            }

            if (name == "env")
            {
                words = words.Skip(1).SkipWhile(w => w.Text.StartsWith('-') || AssignmentPattern().IsMatch(w.Text)).ToList();
                continue;
            }

            if (name == "sudo")
            {
                (runAs, words) = Sudo(words, context);
                continue;
            }

            if (name is "gosu" or "su-exec" && words.Count >= 3)
            {
                runAs = (UserOf(words[1].Text), context.Span(words[0], words[1]));
                words = words.Skip(2).ToList();
                continue;
            }

            if (name is "su" or "runuser")
            {
                var (user, inner, userWord) = Su(words);
                runAs = (user, context.Span(words[0], userWord ?? words[0]));
                if (inner is not null)
                {
                    Nested(inner, context.With(runAs), facts, depth);
                    return;
                }

                if (name == "runuser" && words.FindIndex(w => w.Text == "--") is var dash and >= 0)
                {
                    words = words.Skip(dash + 1).ToList();
                    continue;
                }

                return;
            }

            if (Shells.Contains(name) && words.FindIndex(w => IsDashC(w.Text)) is var c and >= 0 && c + 1 < words.Count)
            {
                Nested(words[c + 1], context.With(runAs), facts, depth);
                return;
            }

            break;
        }

        if (words.Count == 0)
        {
            return;
        }

        var local = runAs is null ? context : context.With(runAs);
        var program = words[0].Text[(words[0].Text.LastIndexOf('/') + 1)..];
        if (AdminCommandParser.IsNeo4jAdmin(program))
        {
            Admin(words, local, facts);
            return;
        }

        switch (program)
        {
            case "cp" or "rsync" or "tar" or "scp" or "dd" or "mv":
                StoreCopy(program, words, local, facts);
                Upload(program, words, local, facts);
                break;
            case "chmod":
                Chmod(words, local, facts);
                break;
            case "umask":
                Umask(words, local, facts);
                break;
            case "aws" or "gsutil" or "gcloud" or "azcopy" or "rclone" or "s3cmd" or "mc":
                Upload(program, words, local, facts);
                break;
            default:
                // docker run/exec, kubectl exec, xargs …: the neo4j-admin word further along the command is the command.
                var admin = words.FindIndex(w => AdminCommandParser.IsNeo4jAdmin(w.Text));
                if (admin > 0)
                {
                    var user = DockerUser(words.Take(admin).ToList(), context);
                    Admin(words.Skip(admin).ToList(), user is null ? local : local.With(user), facts);
                }

                break;
        }
    }

    private static bool IsDashC(string text) => text.StartsWith('-') && !text.StartsWith("--", StringComparison.Ordinal) && text.EndsWith('c');

    /// <summary>A string run by sh -c or su -c: tokenized again, its characters at their places in the file.</summary>
    private static void Nested(ShellWord script, ExtractionContext context, InfraFileFacts facts, int depth)
    {
        foreach (var command in ShellTokenizer.Tokenize(script.Text, script.Positions))
        {
            ExtractOne(command.Words, context, facts, depth + 1);
        }
    }

    private static List<ShellWord> SkipWrapper(List<ShellWord> words, string name)
    {
        var rest = words.Skip(1).ToList();
        switch (name)
        {
            case "timeout":
                rest = rest.SkipWhile(w => w.Text.StartsWith('-')).Skip(1).ToList();
                break;
            case "nice" or "ionice" or "stdbuf":
                while (rest.Count > 0 && rest[0].Text.StartsWith('-'))
                {
                    rest = rest.Skip(rest[0].Text.Length == 2 && rest.Count > 1 ? 2 : 1).ToList();
                }

                break;
            case "flock":
                rest = rest.SkipWhile(w => w.Text.StartsWith('-')).Skip(1).ToList();
                break;
        }

        return rest;
    }

    private static ((string, SourceSpan)?, List<ShellWord>) Sudo(List<ShellWord> words, ExtractionContext context)
    {
        var user = "root";
        ShellWord last = words[0];
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

        return ((user, context.Span(words[0], last)), words.Skip(i).ToList());
    }

    /// <summary>su [-] [-l] [user] [-c cmd] and runuser: the user (root when none) and the command string.</summary>
    private static (string User, ShellWord? Command, ShellWord? UserWord) Su(List<ShellWord> words)
    {
        string user = "root";
        ShellWord? userWord = null;
        ShellWord? command = null;
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
                break;
            }
            else if (!text.StartsWith('-') && userWord is null)
            {
                userWord = words[i];
                user = UserOf(text);
            }
        }

        return (user, command, userWord);
    }

    /// <summary><c>docker exec -u USER</c> / <c>docker run --user USER</c> before the neo4j-admin word; null when not given.</summary>
    private static (string, SourceSpan)? DockerUser(List<ShellWord> before, ExtractionContext context)
    {
        for (var i = 0; i < before.Count; i++)
        {
            var text = before[i].Text;
            if (text is "-u" or "--user" && i + 1 < before.Count)
            {
                return (UserOf(before[i + 1].Text), context.Span(before[i], before[i + 1]));
            }

            if (text.StartsWith("--user=", StringComparison.Ordinal))
            {
                return (UserOf(text[7..]), context.Span(before[i]));
            }
        }

        return null;
    }

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

    private static void Admin(List<ShellWord> words, ExtractionContext context, InfraFileFacts facts)
    {
        if (AdminCommandParser.Parse(words) is not { } admin)
        {
            return;
        }

        var span = context.Span(admin.Program, admin.Last);
        var text = string.Join(' ', words.Select(w => w.Text));
        var step = new ScriptStep(Shorten(text), span, context.Source);
        switch (admin.Verb)
        {
            case "check":
                facts.ConsistencyChecks.Add(step);
                return;
            case "backup" when admin.Syntax == "4.4" && admin.Option("--check-consistency")?.Flag != false:
                // 4.4 checked every backup unless told not to.
                facts.ConsistencyChecks.Add(step);
                break;
            case "restore" or "load" when admin.Option("--overwrite-destination")?.Flag == true || admin.Syntax == "4.4" && admin.Option("--force")?.Flag == true:
                facts.OverwritingRestores.Add(step);
                break;
        }

        // Only what writes a copy of a database becomes a job (the plan format's commands); restore, load, check,
        // aggregate and inspect are steps, and backup --inspect-path only reads.
        if (admin.Verb is not ("backup" or "dump" or "copy") || admin.Verb == "backup" && admin.Has("--inspect-path"))
        {
            return;
        }

        var databases = new List<(string, SourceSpan)>();
        foreach (var word in admin.Databases)
        {
            foreach (var name in context.Resolve(word.Text))
            {
                databases.Add((name, context.Span(word)));
            }
        }

        var destinationOption = admin.Verb switch
        {
            "backup" => admin.Option("--to-path", "--backup-dir"),
            "dump" => admin.Option("--to-path", "--to"),
            "copy" => admin.Option("--to-path-data", "--target-location"),
            "aggregate" => admin.Option("--from-path"),
            _ => null,
        };
        (string, SourceSpan)? destination = null;
        if (destinationOption is { Value: { } path })
        {
            var at = destinationOption.ValueAt;
            var start = at.At(destinationOption.ValueOffset);
            destination = (context.Resolve(path)[0], new SourceSpan(context.File, start.Line, start.Column, at.End.Line, at.End.Column));
        }
        else if (admin.Verb == "dump" && admin.Syntax == "5" && !admin.Has("--to-stdout"))
        {
            // The documented default: server.directories.dumps.root, data/dumps inside the data directory.
            destination = ("data/dumps", span);
        }

        facts.Jobs.Add(new ExtractedJob
        {
            File = context.File,
            Source = context.Source,
            Command = admin.Verb,
            Span = span,
            Text = text,
            Admin = admin,
            Databases = databases,
            Destination = destination,
            DestinationOnDataVolume = destination is { } d && IsOnDataVolume(d.Item1, context.DataMounts),
            RunAs = context.RunAs,
            Schedule = context.Schedule,
            From = admin.Option("--from") is { Value: { } from } fromOption
                ? from.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).SelectMany(context.Resolve).Select(a => (a, ValueSpan(fromOption, context))).ToList()
                : [],
            Type = Text(admin.Option("--type"), context),
            IncludeMetadata = Text(admin.Option("--include-metadata"), context),
            TempPath = Text(admin.Option("--temp-path"), context),
            RemoteAddressResolution = Flag(admin.Option("--remote-address-resolution"), context),
            Compress = Flag(admin.Option("--compress"), context),
        });
    }

    private static SourceSpan ValueSpan(AdminOption option, ExtractionContext context)
    {
        var at = option.ValueAt;
        var start = at.At(option.ValueOffset);
        return new SourceSpan(context.File, start.Line, start.Column, at.End.Line, at.End.Column);
    }

    private static (string, SourceSpan)? Text(AdminOption? option, ExtractionContext context) =>
        option is { Value: { } value } ? (context.Resolve(value)[0], ValueSpan(option, context)) : null;

    private static (bool, SourceSpan)? Flag(AdminOption? option, ExtractionContext context) =>
        option?.Flag is { } flag ? (flag, context.Span(option.Word)) : null;

    private static void StoreCopy(string tool, List<ShellWord> words, ExtractionContext context, InfraFileFacts facts)
    {
        var text = string.Join(' ', words.Select(w => w.Text));
        var span = context.Span(words[0], words[^1]);
        if (words.Skip(1).Any(w => w.Text.Contains("certificates", StringComparison.Ordinal)))
        {
            facts.CertificateCopies.Add(new ScriptStep(Shorten(text), span, context.Source));
        }

        var sources = words.Skip(1).Select(w => (Word: w, Path: context.Resolve(w.Text)[0])).Where(x => StorePath().IsMatch(x.Path)).ToList();
        if (sources.Count == 0 || tool == "mv")
        {
            return;
        }

        var databases = sources.Select(s => StorePath().Match(s.Path)).Select(m => m.Groups[1].Success && !m.Groups[1].Value.Contains('*') ? m.Groups[1].Value : "*")
            .Distinct(StringComparer.Ordinal)
            .Select(name => (name, context.Span(sources[0].Word)))
            .ToList();
        var destinationWord = tool == "tar" ? TarFile(words) : words.Count > 2 && !words[^1].Text.StartsWith('-') && !StorePath().IsMatch(words[^1].Text) ? words[^1] : null;
        (string, SourceSpan)? destination = destinationWord is null ? null : (context.Resolve(destinationWord.Text)[0], context.Span(destinationWord));
        facts.Jobs.Add(new ExtractedJob
        {
            File = context.File,
            Source = context.Source,
            Command = "filesystem-copy",
            Span = span,
            Text = text,
            CopyTool = tool,
            Databases = databases,
            Destination = destination,
            DestinationOnDataVolume = destination is { } d && IsOnDataVolume(d.Item1, context.DataMounts),
            RunAs = context.RunAs,
            Schedule = context.Schedule,
        });
    }

    private static ShellWord? TarFile(List<ShellWord> words)
    {
        for (var i = 1; i < words.Count; i++)
        {
            var text = words[i].Text;
            if (text.StartsWith("--file=", StringComparison.Ordinal))
            {
                return words[i] with { Text = text[7..] };
            }

            var isCluster = text.StartsWith('-') && !text.StartsWith("--", StringComparison.Ordinal) || i == 1 && !text.StartsWith('-') && text.All(char.IsAsciiLetter);
            if ((isCluster && text.EndsWith('f') || text == "--file") && i + 1 < words.Count)
            {
                return words[i + 1];
            }
        }

        return null;
    }

    private static void Upload(string tool, List<ShellWord> words, ExtractionContext context, InfraFileFacts facts)
    {
        if (tool is "aws" or "gsutil" or "gcloud" or "azcopy" or "rclone" or "s3cmd" or "mc")
        {
            var verbs = words.Skip(1).Select(w => w.Text).ToList();
            if (!verbs.Any(v => v is "cp" or "sync" or "mv" or "rsync" or "copy" or "copyto" or "move" or "put" or "mirror"))
            {
                return;
            }
        }

        foreach (var word in words.Skip(1).Reverse())
        {
            var target = context.Resolve(word.Text)[0];
            var type = target switch
            {
                _ when target.StartsWith("s3://", StringComparison.OrdinalIgnoreCase) => "s3",
                _ when target.StartsWith("gs://", StringComparison.OrdinalIgnoreCase) => "gcs",
                _ when target.StartsWith("azb://", StringComparison.OrdinalIgnoreCase) || target.Contains(".blob.core.windows.net", StringComparison.OrdinalIgnoreCase) => "azure-blob",
                _ when tool is "rclone" or "mc" && !target.StartsWith('-') && !target.StartsWith('/') && target.Contains(':', StringComparison.Ordinal) => "remote-server",
                _ when tool is "rsync" or "scp" && RemotePath().IsMatch(target) => "remote-server",
                _ => null,
            };
            if (type is not null)
            {
                facts.Uploads.Add((type, target, context.Span(word)));
                return;
            }
        }
    }

    private static void Chmod(List<ShellWord> words, ExtractionContext context, InfraFileFacts facts)
    {
        var args = words.Skip(1).Where(w => !w.Text.StartsWith('-') || w.Text.Length > 1 && !char.IsAsciiLetter(w.Text[1])).ToList();
        if (args.Count < 2)
        {
            return;
        }

        var mode = args[0].Text;
        var opens = OctalMode().IsMatch(mode) ? (mode[^1] - '0') != 0
            : SymbolicOpen().IsMatch(mode);
        var paths = args.Skip(1).Select(w => context.Resolve(w.Text)[0]).ToList();
        if (opens && paths.Any(p => IsBackupPath(p, facts)))
        {
            facts.PermissionLoosenings.Add(new ScriptStep(Shorten(string.Join(' ', words.Select(w => w.Text))), context.Span(words[0], words[^1]), context.Source));
        }
    }

    private static void Umask(List<ShellWord> words, ExtractionContext context, InfraFileFacts facts)
    {
        if (words.Count < 2 || !OctalMode().IsMatch(words[1].Text))
        {
            return;
        }

        // The last digit masks others: unless it removes both read and write (6 or 7), new backup files are open to them.
        if (((words[1].Text[^1] - '0') & 6) != 6)
        {
            facts.PermissionLoosenings.Add(new ScriptStep($"umask {words[1].Text}", context.Span(words[0], words[1]), context.Source));
        }
    }

    /// <summary>A path a backup or dump writes to (in this file), or one named like a backup location.</summary>
    private static bool IsBackupPath(string path, InfraFileFacts facts) =>
        facts.Jobs.Any(j => j.Destination is { } d && (path.StartsWith(d.Path, StringComparison.Ordinal) || d.Path.StartsWith(path, StringComparison.Ordinal)))
        || path.Contains("backup", StringComparison.OrdinalIgnoreCase) || path.Contains("dump", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Inside the Neo4j data directory: <c>/data</c> (the Docker image), <c>/var/lib/neo4j/data</c>, <c>$NEO4J_HOME/data</c>,
    /// a relative <c>data/…</c>, or under a path where the data volume is mounted.
    /// </summary>
    public static bool IsOnDataVolume(string path, IReadOnlyList<string> dataMounts)
    {
        var p = path.Trim();
        if (p.Contains("://", StringComparison.Ordinal))
        {
            return false;
        }

        return DataPath().IsMatch(p)
            || dataMounts.Any(m => m.Length > 0 && (p == m || p.StartsWith(m.TrimEnd('/') + "/", StringComparison.Ordinal)));
    }

    private static string Shorten(string text) => text.Length <= 120 ? text : text[..117] + "...";

    [GeneratedRegex(@"^([A-Za-z_][A-Za-z0-9_]*)=(.*)$", RegexOptions.Singleline)]
    private static partial Regex AssignmentPattern();

    [GeneratedRegex(@"(?:^|/)data/(?:databases|transactions)(?:/([^/\s]+))?")]
    private static partial Regex StorePath();

    [GeneratedRegex(@"^(/data(/|$)|/var/lib/neo4j/data(/|$)|\$\{?NEO4J_HOME\}?/data(/|$)|(\./)?data(/|$))")]
    private static partial Regex DataPath();

    [GeneratedRegex(@"^[0-7]{3,4}$")]
    private static partial Regex OctalMode();

    [GeneratedRegex(@"(^|,)([ugoa]*[oa][ugoa]*|)[+=][rwxX]*[rw]")]
    private static partial Regex SymbolicOpen();

    [GeneratedRegex(@"^([A-Za-z0-9_.-]+@)?[A-Za-z0-9_.-]+:")]
    private static partial Regex RemotePath();
}
