namespace BackupPolicyLint.Loading.Infra;

/// <summary>
/// Commands that stop, start or restart Neo4j on the host the file runs on (<c>neo4j stop</c>, <c>neo4j-admin server
/// stop</c>, <c>systemctl stop neo4j</c>, <c>service neo4j stop</c>, <c>docker stop neo4j</c>, <c>docker compose stop
/// neo4j</c>, <c>cypher-shell "STOP DATABASE x"</c> against this host's Neo4j): the file then runs on the DBMS's own host, and whatever it writes to a local path is on that server (BPL403).
/// </summary>
internal static partial class ServiceControlRecogniser
{
    private static readonly HashSet<string> Actions = new(StringComparer.Ordinal) { "stop", "start", "restart" };

    public static bool Recognise(string program, List<ShellWord> words, ExtractionContext context, InfraFileFacts facts)
    {
        if (context.Elsewhere)
        {
            // Inside a container, a pod or on another host: not the host the file runs on.
            return false;
        }

        var texts = words.Select(w => context.Resolve(w.Text)[0]).ToList();
        var controls = program switch
        {
            "neo4j" => texts.Count >= 2 && Actions.Contains(texts[1]),
            "systemctl" => texts.Skip(1).Any(Actions.Contains) && texts.Skip(2).Any(IsNeo4jName),
            "service" => texts.Count >= 3 && IsNeo4jName(texts[1]) && Actions.Contains(texts[2]),
            "docker" or "podman" or "docker-compose" => texts.Skip(1).Any(Actions.Contains) && texts.Skip(2).Any(IsNeo4jName),
            "cypher-shell" => texts.Any(t => DatabaseState().IsMatch(t)) && ConnectsLocally(texts),
            _ => false,
        };
        if (!controls)
        {
            return false;
        }

        facts.ControlsNeo4jHere ??= context.Span(words[0], words[^1]);
        return true;
    }

    /// <summary>cypher-shell without -a/--address, or with a loopback one, talks to the Neo4j of this host.</summary>
    private static bool ConnectsLocally(List<string> texts)
    {
        var address = texts.Select((t, i) => t is "-a" or "--address" or "--uri" && i + 1 < texts.Count ? texts[i + 1]
            : t.StartsWith("--address=", StringComparison.Ordinal) || t.StartsWith("--uri=", StringComparison.Ordinal) ? t[(t.IndexOf('=', StringComparison.Ordinal) + 1)..] : null)
            .LastOrDefault(a => a is not null);
        return address is null || address.Contains("localhost", StringComparison.OrdinalIgnoreCase) || address.Contains("127.0.0.1", StringComparison.Ordinal);
    }

    /// <summary>A unit or container named for Neo4j itself, not for a job around it (neo4j-backup.timer, neo4j-exporter).</summary>
    private static bool IsNeo4jName(string text) =>
        !text.StartsWith('-') && text.Contains("neo4j", StringComparison.OrdinalIgnoreCase)
        && !NotTheServer.Any(word => text.Contains(word, StringComparison.OrdinalIgnoreCase));

    private static readonly string[] NotTheServer = ["backup", "dump", "timer", "exporter", "admin", "browser", "bloom"];

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(STOP|START)\s+DATABASE\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex DatabaseState();
}
