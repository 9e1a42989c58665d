using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Documents;

namespace BackupPolicyLint.Loading.Infra;

/// <summary>Small readings the manifest readers share: sequences, users, mounts of the Neo4j data volume.</summary>
internal static class ManifestNodes
{
    public static IEnumerable<DocNode> Items(DocNode? node) => node is { IsSequence: true } ? node.Items : [];

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

        return replacesEntrypoint is not null ? ("root", replacesEntrypoint.Key.Span)
            : passedToEntrypoint is not null ? ("neo4j", passedToEntrypoint.Key.Span)
            : null;
    }

    /// <summary>A volume that holds Neo4j's data: named "data" or "…-data-…" (the neo4j chart's data volume), never one named for backups.</summary>
    public static bool IsDataName(string name) =>
        !name.Contains("backup", StringComparison.OrdinalIgnoreCase)
        && System.Text.RegularExpressions.Regex.IsMatch(name, @"(^|[-_.])data([-_.]|$)", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
}
