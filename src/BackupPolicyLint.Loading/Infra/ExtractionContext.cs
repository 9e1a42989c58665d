using BackupPolicyLint.Diagnostics;

namespace BackupPolicyLint.Loading.Infra;

/// <summary>
/// What surrounds the commands of one file or container: who runs them and when (a cron line, a CronJob's schedule, a
/// container's securityContext), the mount paths of the Neo4j data volume, and the variables the text has assigned.
/// </summary>
public sealed class ExtractionContext
{
    public required string File { get; init; }
    public required SourceKind Source { get; init; }
    public (string User, SourceSpan Span)? RunAs { get; init; }
    public (string Cron, SourceSpan Span)? Schedule { get; init; }

    /// <summary>Paths where the Neo4j data volume is mounted (Kubernetes volumeMounts, compose volumes).</summary>
    public IReadOnlyList<string> DataMounts { get; init; } = [];

    /// <summary>Literal values of variables (name → values; a for-loop gives several).</summary>
    public Dictionary<string, List<string>> Variables { get; } = new Dictionary<string, List<string>>(StringComparer.Ordinal);

    public ExtractionContext With((string User, SourceSpan Span)? runAs) => new ExtractionContext
    {
        File = File,
        Source = Source,
        RunAs = runAs ?? RunAs,
        Schedule = Schedule,
        DataMounts = DataMounts,
    }.CopyVariables(this);

    private ExtractionContext CopyVariables(ExtractionContext from)
    {
        foreach (var (name, values) in from.Variables)
        {
            Variables[name] = values;
        }

        return this;
    }

    public SourceSpan Span(ShellWord word) => new(File, word.Line, word.Column, word.End.Line, word.End.Column);

    public SourceSpan Span(ShellWord first, ShellWord last) => new(File, first.Line, first.Column, last.End.Line, last.End.Column);

    /// <summary>
    /// A word with a variable the file assigned replaced by its value(s): <c>$DB</c>, <c>${DB}</c>, <c>${DB:-neo4j}</c>
    /// alone, or inside a path (<c>$BACKUP_DIR/neo4j</c>). Unknown variables stay as written.
    /// </summary>
    public IReadOnlyList<string> Resolve(string text)
    {
        if (!text.Contains('$', StringComparison.Ordinal))
        {
            return [text];
        }

        var match = System.Text.RegularExpressions.Regex.Match(text, @"\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)");
        if (!match.Success)
        {
            return [text];
        }

        var name = match.Groups[1].Success ? match.Groups[1].Value : match.Groups[3].Value;
        List<string> values;
        if (Variables.TryGetValue(name, out var known))
        {
            values = known;
        }
        else if (match.Groups[2].Success)
        {
            values = [match.Groups[2].Value];
        }
        else
        {
            return [text];
        }

        var before = text[..match.Index];
        var after = text[(match.Index + match.Length)..];
        return values.SelectMany(v => Resolve(before + v + after)).Distinct(StringComparer.Ordinal).ToList();
    }
}
