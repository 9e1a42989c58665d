using System.Text.RegularExpressions;
using BackupPolicyLint.Model.Infra;

namespace BackupPolicyLint.Loading.Infra;

/// <summary>
/// Reads shell commands the way the shell would run them, without running anything: keeps the variables, arrays and
/// functions the text defines, peels the layers that run another command (<see cref="CommandUnwrapper"/>), and hands
/// each command to the recogniser of its family: neo4j-admin (<see cref="AdminCommandRecogniser"/>), uploads off the
/// host (<see cref="UploadRecogniser"/>), store copies (<see cref="StoreCopyRecogniser"/>), mode changes
/// (<see cref="PermissionRecogniser"/>), and Neo4j stopped or started on this host (<see cref="ServiceControlRecogniser"/>).
/// </summary>
internal static partial class ShellCommandExtractor
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "if", "then", "else", "elif", "fi", "do", "done", "while", "until", "!", "{", "}", "case", "esac", "eval",
    };

    /// <summary>Tokenizes <paramref name="text"/> and extracts into <paramref name="facts"/>.</summary>
    public static void ExtractText(string text, ExtractionContext context, InfraFileFacts facts)
    {
        var hiddenBefore = facts.HiddenFailures.Count;
        Extract(ShellTokenizer.Tokenize(text), context, facts);
        if (text.Contains("PIPESTATUS", StringComparison.Ordinal))
        {
            // The script reads each command's status of its pipelines itself: nothing is hidden.
            facts.HiddenFailures.RemoveRange(hiddenBefore, facts.HiddenFailures.Count - hiddenBefore);
        }
    }

    public static void Extract(IReadOnlyList<ShellCommand> commands, ExtractionContext context, InfraFileFacts facts) =>
        ExtractList(commands, context, facts, depth: 0);

    private static void ExtractList(IReadOnlyList<ShellCommand> commands, ExtractionContext context, InfraFileFacts facts, int depth)
    {
        var definitions = ShellFunctions.Find(commands);
        var called = ShellFunctions.CalledNames(commands, definitions);
        for (var i = 0; i < commands.Count; i++)
        {
            if (definitions.TryGetValue(i, out var function))
            {
                context.Functions[function.Name] = function.Body;
                if (!called.Contains(function.Name))
                {
                    // Never called here: its commands are read once, their arguments unknown.
                    ExtractList(function.Body, context, facts, depth + 1);
                }

                i = function.End;
                continue;
            }

            var command = commands[i];
            if (facts.JobLimitReachedAt is not null)
            {
                return;
            }

            if (facts.Jobs.Count >= facts.MaxJobs && command.Words.Count > 0)
            {
                facts.JobLimitReachedAt = context.Span(command.Words[0], command.Words[^1]);
                return;
            }

            var jobsBefore = facts.Jobs.Count;
            ExtractOne(command.Words, command.HereDocuments, context, facts, depth);
            if (command.Separator == "|" && !context.PipeFail)
            {
                HiddenFailureRecogniser.Check(facts, jobsBefore);
            }
        }
    }

    private static void ExtractOne(IReadOnlyList<ShellWord> all, IReadOnlyList<ShellWord> hereDocuments, ExtractionContext context, InfraFileFacts facts, int depth)
    {
        if (depth > 8)
        {
            return;
        }

        var words = all.ToList();
        var local = context;
        while (words.Count > 0)
        {
            var head = words[0].Text;
            if (Keywords.Contains(head))
            {
                words.RemoveAt(0);
                continue;
            }

            if (AssignmentPattern().Match(head) is { Success: true } assignment)
            {
                Assign(assignment.Groups[1].Value, assignment.Groups[2].Value, context);
                words.RemoveAt(0);
                continue;
            }

            var name = CommandUnwrapper.ProgramName(head);
            if (name is "export" or "readonly" or "local" or "declare" or "typeset")
            {
                foreach (var word in words.Skip(1))
                {
                    if (AssignmentPattern().Match(word.Text) is { Success: true } declared)
                    {
                        Assign(declared.Groups[1].Value, declared.Groups[2].Value, context);
                    }
                }

                return;
            }

            if (head == "for" && words.Count >= 3 && words[2].Text == "in")
            {
                context.Variables[words[1].Text] = words.Skip(3).SelectMany(local.Fields).ToList();
                return;
            }

            if (head == "cd")
            {
                var target = words.Count > 1 ? context.Resolve(words[1].Text)[0] : null;
                context.WorkingDirectory = target is not null && (target.StartsWith('/') && !ExtractionContext.IsUnknown(target) || NeoHome().IsMatch(target)) ? target : null;
                return;
            }

            if (head == "set")
            {
                SetOptions(words, context);
                return;
            }

            if (context.Functions.TryGetValue(head, out var body) && depth < 8)
            {
                Call(body, words.Skip(1).ToList(), local, facts, depth);
                return;
            }

            if (CommandUnwrapper.Peel(words, local, hereDocuments) is not { } layer)
            {
                break;
            }

            local = layer.Change switch
            {
                UserChange.Known => local.With(layer.User),
                UserChange.Unknown => local.WithUnknownUser(),
                _ => local,
            };
            local = layer.Elsewhere && !local.Elsewhere ? local.AtAnotherHost() : local;
            if (layer.Environment.Count > 0)
            {
                NeoEnvironment.Read(layer.Environment, facts);
            }

            if (layer.Script is { } script)
            {
                Nested(script, local, facts, depth);
                return;
            }

            words = layer.Inner;
        }

        if (words.Count == 0)
        {
            return;
        }

        var program = CommandUnwrapper.ProgramName(words[0].Text);
        if (AdminCommandParser.IsNeo4jAdmin(program))
        {
            AdminCommandRecogniser.Recognise(words, local, facts);
            return;
        }

        if (StoreCopyRecogniser.Recognise(program, words, local, facts)
            | UploadRecogniser.Recognise(program, words, local, facts)
            | PermissionRecogniser.Recognise(program, words, local, facts)
            | ServiceControlRecogniser.Recognise(program, words, local, facts))
        {
            return;
        }

        // xargs, parallel, watch …: the neo4j-admin word further along the command is the command.
        var admin = words.FindIndex(w => AdminCommandParser.IsNeo4jAdmin(w.Text));
        if (admin > 0)
        {
            AdminCommandRecogniser.Recognise(words.Skip(admin).ToList(), local, facts);
        }
    }

    /// <summary>NAME=value, NAME=(a b c) (an array: its elements, each resolved).</summary>
    private static void Assign(string name, string value, ExtractionContext context)
    {
        if (value.StartsWith('(') && value.EndsWith(')'))
        {
            context.Variables[name] = ShellTokenizer.Tokenize(value[1..^1]).SelectMany(c => c.Words).SelectMany(context.Fields).ToList();
            return;
        }

        context.Variables[name] = context.Resolve(value).ToList();
    }

    /// <summary><c>set -o pipefail</c>, <c>set -euo pipefail</c> (an option cluster ending in o takes the next word), and <c>set +o pipefail</c>.</summary>
    private static void SetOptions(List<ShellWord> words, ExtractionContext context)
    {
        for (var i = 1; i + 1 < words.Count; i++)
        {
            var text = words[i].Text;
            if (text.Length > 1 && text[0] is '-' or '+' && text.EndsWith('o') && words[i + 1].Text == "pipefail")
            {
                context.PipeFail = text[0] == '-';
            }
        }
    }

    /// <summary>A function called with arguments: its body read with $1, $2 … and $@ set to them.</summary>
    private static void Call(IReadOnlyList<ShellCommand> body, List<ShellWord> arguments, ExtractionContext context, InfraFileFacts facts, int depth)
    {
        var call = context.With(null);
        var all = new List<string>();
        for (var i = 0; i < arguments.Count; i++)
        {
            var values = call.Fields(arguments[i]).ToList();
            call.Variables[(i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)] = values;
            all.AddRange(values);
        }

        call.Variables["@"] = all;
        call.Variables["*"] = all;
        ExtractList(body, call, facts, depth + 1);
        context.PipeFail = call.PipeFail;
    }

    /// <summary>A string run by sh -c or su -c, or a here-document fed to a shell: a new shell, read with its real positions.</summary>
    private static void Nested(ShellWord script, ExtractionContext context, InfraFileFacts facts, int depth)
    {
        var shell = context.With(null);
        shell.PipeFail = false;
        ExtractList(ShellTokenizer.Tokenize(script.Text, script.Positions), shell, facts, depth + 1);
    }

    /// <summary>A user name, or a uid: 0 is root, 7474 is neo4j in Neo4j's images; "user:group" keeps the user.</summary>
    public static string UserOf(string text) => CommandUnwrapper.UserOf(text);

    /// <summary>
    /// Inside the Neo4j data directory: <c>/data</c> (the Docker image), <c>/var/lib/neo4j/data</c>, <c>$NEO4J_HOME/data</c>,
    /// a relative <c>data/…</c>, or under a path where the data volume is mounted.
    /// </summary>
    public static bool IsOnDataVolume(string path, IReadOnlyList<string> dataMounts) => IsOnDataVolume(path, dataMounts, imagePaths: true);

    /// <param name="path">The path as resolved.</param>
    /// <param name="dataMounts">Where the data volume is mounted.</param>
    /// <param name="imagePaths">False on a backup client: /data and a relative data/ are then its own disk.</param>
    public static bool IsOnDataVolume(string path, IReadOnlyList<string> dataMounts, bool imagePaths)
    {
        var p = path.Trim();
        if (p.Contains("://", StringComparison.Ordinal))
        {
            return false;
        }

        return (DataPath().Match(p) is { Success: true } match && (imagePaths || match.Groups["home"].Success))
            || dataMounts.Any(m => m.Length > 0 && (p == m || p.StartsWith(m.TrimEnd('/') + "/", StringComparison.Ordinal)));
    }

    internal static string Shorten(string text) => text.Length <= 120 ? text : text[..117] + "...";

    internal static ScriptStep Step(List<ShellWord> words, ExtractionContext context) =>
        new(Shorten(string.Join(' ', words.Select(w => w.Text))), context.Span(words[0], words[^1]), context.Source);

    [GeneratedRegex(@"^\$\{?NEO4J_HOME\}?/?$")]
    private static partial Regex NeoHome();

    [GeneratedRegex(@"^([A-Za-z_][A-Za-z0-9_]*)=(.*)$", RegexOptions.Singleline)]
    private static partial Regex AssignmentPattern();

    [GeneratedRegex(@"^(/data(/|$)|(?<home>/var/lib/neo4j/data(/|$)|\$\{?NEO4J_HOME\}?/data(/|$))|(\./)?data(/|$))")]
    private static partial Regex DataPath();
}
