using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Model;

namespace BackupPolicyLint.Loading.Infra;

/// <summary>How strongly a sign says the edition, weakest first; the strongest signs present decide (DbmsIdentity).</summary>
internal enum EditionSignal
{
    /// <summary>An Enterprise-only setting (backup, cluster): what its author meant, not what runs.</summary>
    Setting,

    /// <summary>The official image's plain version tag (<c>neo4j:5.26.0</c>), Community unless something names Enterprise.</summary>
    ImageDefault,

    /// <summary>Something that selects the edition: an <c>-enterprise</c>/<c>-community</c> tag, <c>NEO4J_ACCEPT_LICENSE_AGREEMENT</c>, the chart's <c>neo4j.edition</c>.</summary>
    Named,
}

/// <summary>A sign of the edition in a file, with how strong it is and where.</summary>
internal sealed record EditionHint(string Edition, EditionSignal Signal, string Why, SourceSpan Span);

/// <summary>A sign of the version: an image tag (exact, <c>5.26</c>) or a conf's setting names (a line, <c>3.x</c>, <c>4.x</c>, <c>5+</c>).</summary>
internal sealed record VersionHint(string Version, bool Exact, string Why, SourceSpan Span);

/// <summary>
/// The edition and version that the infrastructure files of one plan agree on, or unknown (null) when they say nothing
/// or contradict each other: bpl never guesses one, and the rules that depend on them then do not judge.
/// </summary>
internal static class DbmsIdentity
{
    /// <summary>What says the edition <see cref="Edition"/> found, with where (the first of the deciding signs), or null.</summary>
    public static string? EditionEvidence(IReadOnlyList<InfraFileFacts> facts) =>
        Edition(facts) is { } edition
            ? facts.SelectMany(f => f.EditionHints).Where(h => h.Edition == edition).MaxBy(h => h.Signal) is { } hint ? $"{hint.Why} ({hint.Span})" : null
            : null;

    public static string? Edition(IEnumerable<InfraFileFacts> facts)
    {
        var hints = facts.SelectMany(f => f.EditionHints).ToList();
        if (hints.Count == 0)
        {
            return null;
        }

        // The strongest signs decide; when they disagree (an -community tag with the license variable) it is unknown.
        var strongest = hints.Max(h => h.Signal);
        var editions = hints.Where(h => h.Signal == strongest).Select(h => h.Edition).Distinct(StringComparer.Ordinal).ToList();
        return editions.Count == 1 ? editions[0] : null;
    }

    /// <summary>An exact version when the image tags agree on one; else a major line (3.x, 4.x) the setting names agree on.</summary>
    public static (string Text, Neo4jVersion Version)? Version(IEnumerable<InfraFileFacts> facts)
    {
        var hints = facts.SelectMany(f => f.VersionHints).ToList();
        var exact = hints.Where(h => h.Exact).Select(h => h.Version).Distinct(StringComparer.Ordinal).ToList();
        if (exact.Count > 0)
        {
            return exact.Count == 1 && Neo4jVersion.TryParse(exact[0], out var version) ? (exact[0], version) : null;
        }

        var lines = hints.Select(h => h.Version).Concat(facts.SelectMany(f => f.Jobs).Select(j => CommandLine(j.Admin)).OfType<string>())
            .Distinct(StringComparer.Ordinal).ToList();
        // "5+" names (server.*, db.*) cover 5.x and calendar versions alike: no comparable version, but they contradict 3.x/4.x.
        return lines.Count == 1 && lines[0] is "3.x" or "4.x" ? (lines[0], new Neo4jVersion(lines[0][0] - '0', 0)) : null;
    }

    /// <summary>
    /// The version line a neo4j-admin command's syntax implies: <c>neo4j-admin database …</c> is 5.x or later; a backup
    /// with <c>--name</c> is 3.x (removed in 4.0), one with <c>--database</c> is 4.x. Other commands read alike in 3.x and 4.x.
    /// </summary>
    private static string? CommandLine(AdminCommand? command) => command switch
    {
        { Syntax: "5" } => "5+",
        { Syntax: "4.4", Verb: "backup" } when command.Has("--name") => "3.x",
        { Syntax: "4.4", Verb: "backup" } when command.Has("--database") => "4.x",
        _ => null,
    };
}
