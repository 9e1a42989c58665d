using System.Text.RegularExpressions;
using BackupPolicyLint.Diagnostics;

namespace BackupPolicyLint.Loading.Infra;

/// <summary>
/// What surrounds the commands of one file or container: who runs them and when (a cron line, a CronJob's schedule, a
/// container's securityContext), the mount paths of the Neo4j data volume, and what the text has set so far: variables,
/// arrays, functions and <c>set -o pipefail</c>.
/// </summary>
internal sealed partial class ExtractionContext
{
    public required string File { get; init; }
    public required SourceKind Source { get; init; }
    public (string User, SourceSpan Span)? RunAs { get; init; }
    public (string Cron, SourceSpan Span)? Schedule { get; init; }

    /// <summary>Paths where the Neo4j data volume is mounted (Kubernetes volumeMounts, compose volumes).</summary>
    public IReadOnlyList<string> DataMounts { get; init; } = [];

    /// <summary>
    /// Literal values of variables (name → values). A for-loop gives several, one per iteration; an array its elements;
    /// positional parameters (<c>1</c>, <c>@</c>) are set while a function's body is read for one call.
    /// </summary>
    public Dictionary<string, List<string>> Variables { get; } = new Dictionary<string, List<string>>(StringComparer.Ordinal);

    /// <summary>Shell functions defined so far (name → body), read again at each call with the call's arguments.</summary>
    public Dictionary<string, IReadOnlyList<ShellCommand>> Functions { get; } = new Dictionary<string, IReadOnlyList<ShellCommand>>(StringComparer.Ordinal);

    /// <summary>True once <c>set -o pipefail</c> is in force in this shell: a pipeline then fails when any command in it fails.</summary>
    public bool PipeFail { get; set; }

    /// <summary>The directory the last <c>cd</c> went to, when its path is known (relative store paths are read against it).</summary>
    public string? WorkingDirectory { get; set; }

    /// <summary>True inside a container, pod or remote host (docker exec/run, kubectl exec, ssh): not the host the file runs on.</summary>
    public bool Elsewhere { get; init; }

    /// <summary>A context for commands in the same shell run by another user (sudo, gosu); null keeps the current user.</summary>
    /// <summary>The full path of the folder of the file being read, to find the files it names (a docker --env-file); null when unknown.</summary>
    public string? Folder { get; init; }

    public ExtractionContext With((string User, SourceSpan Span)? runAs) => Copy(runAs ?? RunAs);

    /// <summary>A context for commands whose user bpl cannot know (inside a pod reached by kubectl exec).</summary>
    public ExtractionContext WithUnknownUser() => Copy(null);

    /// <summary>A context for commands run in a container, a pod or on another host.</summary>
    public ExtractionContext AtAnotherHost() => Copy(RunAs, elsewhere: true);

    private ExtractionContext Copy((string User, SourceSpan Span)? runAs, bool elsewhere = false)
    {
        var copy = new ExtractionContext
        {
            File = File,
            Source = Source,
            RunAs = runAs,
            Schedule = Schedule,
            DataMounts = DataMounts,
            PipeFail = PipeFail,
            WorkingDirectory = WorkingDirectory,
            Elsewhere = Elsewhere || elsewhere,
            Folder = Folder,
        };
        foreach (var (name, values) in Variables)
        {
            copy.Variables[name] = values;
        }

        foreach (var (name, body) in Functions)
        {
            copy.Functions[name] = body;
        }

        return copy;
    }

    public SourceSpan Span(ShellWord word) => new(File, word.Line, word.Column, word.End.Line, word.End.Column);

    public SourceSpan Span(ShellWord first, ShellWord last) => new(File, first.Line, first.Column, last.End.Line, last.End.Column);

    /// <summary>
    /// A word with the variables the file assigned replaced by their value(s): <c>$DB</c>, <c>${DB}</c>, <c>${DB:-neo4j}</c>,
    /// <c>$1</c>, <c>"$@"</c>, <c>${DBS[@]}</c>, <c>${DBS[0]}</c>, alone or inside a path (<c>$BACKUP_DIR/neo4j</c>).
    /// Unknown variables stay as written.
    /// </summary>
    private const int MaxValues = 64;

    public IReadOnlyList<string> Resolve(string text) => Resolve(text, depth: 0);

    private IReadOnlyList<string> Resolve(string text, int depth)
    {
        // A value that names itself (A="$A-x" with A unknown) would expand for ever: stop after a few rounds.
        if (depth > 8 || !text.Contains('$', StringComparison.Ordinal))
        {
            return [text];
        }

        var match = Expansion().Match(text);
        if (!match.Success)
        {
            return [text];
        }

        var name = match.Groups["braced"].Success ? match.Groups["braced"].Value : match.Groups["plain"].Value;
        List<string> values;
        if (Variables.TryGetValue(name, out var known))
        {
            values = match.Groups["index"].Success && int.TryParse(match.Groups["index"].Value, out var index)
                ? index < known.Count ? [known[index]] : [""]
                : known;
        }
        else if (match.Groups["default"].Success)
        {
            values = [match.Groups["default"].Value];
        }
        else
        {
            // Leave this one as written and resolve what follows it.
            var end = match.Index + match.Length;
            return Resolve(text[end..], depth + 1).Select(rest => text[..end] + rest).Distinct(StringComparer.Ordinal).ToList();
        }

        var before = text[..match.Index];
        var after = text[(match.Index + match.Length)..];
        // Capped: a hostile file with many multi-valued variables in one word must not multiply without end.
        return values.Take(MaxValues).SelectMany(v => Resolve(before + v + after, depth + 1)).Distinct(StringComparer.Ordinal).Take(MaxValues).ToList();
    }

    /// <summary>
    /// The fields a word gives where the shell splits words (a for-loop's list, a command's arguments): its values,
    /// each split at blanks when the expansion is unquoted (<c>for db in $DATABASES</c>), as the shell does.
    /// </summary>
    public IReadOnlyList<string> Fields(ShellWord word)
    {
        var values = Resolve(word.Text);
        if (!word.SplitsFields || !word.Symbolic)
        {
            return values;
        }

        // A value still holding an expansion bpl could not resolve ($(…) at run time) is one unknown field, not its text's words.
        return values.SelectMany(v => IsUnknown(v) ? [v] : v.Split([' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries)).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>True when a resolved value still holds an expansion bpl could not resolve (its value is unknown).</summary>
    public static bool IsUnknown(string value) => value.Contains('$', StringComparison.Ordinal) || value.Contains('`', StringComparison.Ordinal);

    [GeneratedRegex(@"\$\{(?<braced>[A-Za-z_][A-Za-z0-9_]*|[0-9]+)(?:\[(?:[@*]|(?<index>[0-9]+))\])?(?::?-(?<default>[^}]*))?\}|\$(?<plain>[A-Za-z_][A-Za-z0-9_]*|[0-9@*])")]
    private static partial Regex Expansion();
}
