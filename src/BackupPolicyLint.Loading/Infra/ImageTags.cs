using BackupPolicyLint.Diagnostics;

namespace BackupPolicyLint.Loading.Infra;

/// <summary>
/// Reads Neo4j's image references (<c>neo4j:5.26.0-enterprise</c>, <c>neo4j:2025.10-community</c>, <c>neo4j:4.4</c>,
/// <c>neo4j:enterprise</c>): the edition when the tag names it, Community by default for the official image's plain
/// version tags, and the version (year-or-major.minor). An untagged image, <c>latest</c>, or a tag made of variables
/// (<c>neo4j:${NEO4J_VERSION}</c>) says neither.
/// </summary>
internal static class ImageTags
{
    public static void Read(string image, SourceSpan span, InfraFileFacts facts)
    {
        if (!IsNeo4j(image))
        {
            return;
        }

        var name = image[(image.LastIndexOf('/') + 1)..];
        var colon = name.IndexOf(':', StringComparison.Ordinal);
        var tag = colon < 0 ? "" : name[(colon + 1)..].Split('@')[0];
        if (tag.Length == 0 || tag == "latest" || tag.Contains('$', StringComparison.Ordinal) || tag.Contains('{', StringComparison.Ordinal))
        {
            facts.Image = (null, null, span);
            return;
        }

        var parts = tag.Split('-')[0].Split('.');
        string? version = parts.Length >= 2 && parts[0].Length > 0 && parts[1].Length > 0 && parts[0].All(char.IsAsciiDigit) && parts[1].All(char.IsAsciiDigit)
            ? $"{parts[0]}.{parts[1]}"
            : null;
        string? edition = tag.Contains("enterprise", StringComparison.Ordinal) ? "enterprise"
            : tag.Contains("community", StringComparison.Ordinal) || char.IsAsciiDigit(tag[0]) ? "community"
            : null;
        if (edition is not null)
        {
            var named = tag.Contains(edition, StringComparison.Ordinal);
            facts.EditionHints.Add(named
                ? new EditionHint(edition, EditionSignal.Named, $"the image tag {tag}", span)
                : new EditionHint(edition, EditionSignal.ImageDefault, $"the official image's tag {tag} (Community unless Enterprise is named)", span));
        }

        if (version is not null)
        {
            facts.VersionHints.Add(new VersionHint(version, true, $"the image tag {tag}", span));
        }

        facts.Image = (edition, version, span);
    }

    /// <summary>The image is Neo4j's (its repository's last segment is <c>neo4j</c>).</summary>
    public static bool IsNeo4j(string image)
    {
        var name = image[(image.LastIndexOf('/') + 1)..];
        var colon = name.IndexOf(':', StringComparison.Ordinal);
        return (colon < 0 ? name : name[..colon]) == "neo4j";
    }

    /// <summary>
    /// The official image from Docker Hub (no other registry or namespace, whose image may add a USER line): it has no
    /// USER line, and its entrypoint runs the container's command as the neo4j user when started as root.
    /// </summary>
    public static bool IsOfficial(string image)
    {
        var slash = image.LastIndexOf('/');
        var prefix = slash < 0 ? "" : image[..(slash + 1)];
        return IsNeo4j(image) && prefix is "" or "library/" or "docker.io/" or "docker.io/library/" or "index.docker.io/library/";
    }
}
