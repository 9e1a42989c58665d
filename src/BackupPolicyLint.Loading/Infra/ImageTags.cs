using BackupPolicyLint.Diagnostics;

namespace BackupPolicyLint.Loading.Infra;

/// <summary>
/// Reads Neo4j's image tags (<c>neo4j:5.26.0-enterprise</c>, <c>neo4j:2025.10-community</c>, <c>neo4j:4.4</c>): the edition
/// when the tag names it (the official image without a suffix is Community) and the version (year-or-major.minor).
/// </summary>
public static class ImageTags
{
    public static void Read(string image, SourceSpan span, InfraFileFacts facts)
    {
        var slash = image.LastIndexOf('/');
        var name = image[(slash + 1)..];
        var colon = name.IndexOf(':', StringComparison.Ordinal);
        var repository = colon < 0 ? name : name[..colon];
        if (repository != "neo4j")
        {
            return;
        }

        var tag = colon < 0 ? "latest" : name[(colon + 1)..];
        var edition = tag.Contains("enterprise", StringComparison.Ordinal) ? "enterprise" : "community";
        var parts = tag.Split('-')[0].Split('.');
        string? version = parts.Length >= 2 && parts[0].All(char.IsAsciiDigit) && parts[1].All(char.IsAsciiDigit) ? $"{parts[0]}.{parts[1]}" : null;
        facts.Image = (edition, version, span);
    }
}
