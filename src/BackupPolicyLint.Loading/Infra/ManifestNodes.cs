using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Documents;

namespace BackupPolicyLint.Loading.Infra;

/// <summary>Small readings the manifest readers share: sequences, users, mounts of the Neo4j data volume.</summary>
internal static class ManifestNodes
{
    public static IEnumerable<DocNode> Items(DocNode? node) => node is { IsSequence: true } ? node.Items : [];

    /// <summary>
    /// A mapping with YAML merge keys applied (<c>&lt;&lt;: *shared</c>, <c>&lt;&lt;: [*a, *b]</c>), as compose reads them: its own
    /// keys first, then each merged mapping's keys it does not have, in order. Entries keep where they are written
    /// (a merged setting is located in the anchored block).
    /// </summary>
    public static DocNode Merged(DocNode mapping)
    {
        if (!mapping.IsMapping || mapping.Entry("<<") is not { } merge)
        {
            return mapping;
        }

        var entries = mapping.Entries.Where(e => e.Key.Value != "<<").ToList();
        var keys = entries.Select(e => e.Key.Value).ToHashSet(StringComparer.Ordinal);
        var sources = merge.Value.IsSequence ? merge.Value.Items : [merge.Value];
        foreach (var source in sources.Where(s => s.IsMapping && !ReferenceEquals(s, mapping)))
        {
            entries.AddRange(Merged(source).Entries.Where(e => keys.Add(e.Key.Value)));
        }

        return new DocNode { Kind = DocNodeKind.Mapping, Span = mapping.Span, Path = mapping.Path, Entries = entries };
    }

    /// <summary>A user as written in a manifest (<c>7474</c>, <c>"0:0"</c>, <c>neo4j</c>); null when it holds a variable bpl cannot expand.</summary>
    public static (string User, SourceSpan Span)? User(DocNode? node) =>
        node is { Text: { } text } && !text.Contains('$', StringComparison.Ordinal) ? (ShellCommandExtractor.UserOf(text), node.Span) : null;

    /// <summary>
    /// Who runs a container's command when the manifest does not say: the official image has no USER line, so a command
    /// that replaces its entrypoint runs as root, while one passed to the entrypoint is run by it as neo4j. Null for any
    /// other image (bpl cannot know its user).
    /// </summary>
    public static (string User, SourceSpan Span)? ImageDefaultUser(string? image, DocEntry? replacesEntrypoint, DocEntry? passedToEntrypoint)
    {
        if (image is null || !ImageTags.IsOfficial(image))
        {
            return null;
        }

        // A replacement that starts the image's own entrypoint script (tini -- /startup/docker-entrypoint.sh …) still drops to neo4j.
        var callsEntrypoint = replacesEntrypoint is not null
            && (replacesEntrypoint.Value.IsSequence ? replacesEntrypoint.Value.Items.Take(5).Select(i => i.Text ?? "") : (replacesEntrypoint.Value.Text ?? "").Split(' ').Take(5))
                .Any(word => word.EndsWith("docker-entrypoint.sh", StringComparison.Ordinal));
        return replacesEntrypoint is not null && !callsEntrypoint ? ("root", replacesEntrypoint.Key.Span)
            : replacesEntrypoint is not null ? ("neo4j", replacesEntrypoint.Key.Span)
            : passedToEntrypoint is not null ? ("neo4j", passedToEntrypoint.Key.Span)
            : null;
    }

    /// <summary>A volume that holds Neo4j's data: named "data" or "…-data-…" (the neo4j chart's data volume), never one named for backups.</summary>
    public static bool IsDataName(string name) =>
        !name.Contains("backup", StringComparison.OrdinalIgnoreCase)
        && System.Text.RegularExpressions.Regex.IsMatch(name, @"(^|[-_.])data([-_.]|$)", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
}
