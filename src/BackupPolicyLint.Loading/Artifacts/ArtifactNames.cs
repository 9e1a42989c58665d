using System.Globalization;
using System.Text.RegularExpressions;
using BackupPolicyLint.Model;

namespace BackupPolicyLint.Loading.Artifacts;

/// <summary>
/// Neo4j's artifact names (neo4j-facts §1.6, §5.1): <c>&lt;database&gt;-YYYY-MM-DDTHH-MM-SS.backup</c> from
/// <c>neo4j-admin database backup</c>, <c>&lt;database&gt;.dump</c> from <c>dump</c>, and the
/// <c>&lt;database&gt;-YYYY-MM-DDTHH-MM-SS.dump</c> that timestamping scripts write. The timestamp is read as UTC
/// (Neo4j does not document its zone; docs/artifacts.md). Only the name is read, never the file.
/// </summary>
internal static partial class ArtifactNames
{
    public const string BackupExtension = ".backup";
    public const string DumpExtension = ".dump";
    public const string TimestampFormat = "yyyy-MM-dd'T'HH-mm-ss";

    public static ArtifactName Parse(string fileName)
    {
        ArtifactKind kind;
        if (fileName.EndsWith(BackupExtension, StringComparison.OrdinalIgnoreCase))
        {
            kind = ArtifactKind.Backup;
        }
        else if (fileName.EndsWith(DumpExtension, StringComparison.OrdinalIgnoreCase))
        {
            kind = ArtifactKind.Dump;
        }
        else
        {
            return ArtifactName.NotArtifact;
        }

        var stem = fileName[..fileName.LastIndexOf('.')];
        // Hidden files (".backup", ".orders.dump") are editors' and sync tools' leftovers, not neo4j-admin's.
        if (stem.Length == 0 || stem[0] == '.')
        {
            return ArtifactName.NotArtifact;
        }

        var match = Timestamped().Match(stem);
        if (match.Success)
        {
            var text = match.Groups["time"].Value;
            return DateTime.TryParseExact(text, TimestampFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
                ? new ArtifactName(ArtifactNameKind.Artifact, Normalise(match.Groups["db"].Value), kind, new DateTimeOffset(time, TimeSpan.Zero))
                : new ArtifactName(ArtifactNameKind.Malformed, Problem: $"'{fileName}' looks like a Neo4j artifact, but '{text}' is not a valid date and time; bpl cannot tell when it was taken");
        }

        if (DateLike().IsMatch(stem))
        {
            return new ArtifactName(
                ArtifactNameKind.Malformed,
                Problem: $"'{fileName}' looks like a Neo4j artifact with a date, but not in neo4j-admin's form <database>-YYYY-MM-DDTHH-MM-SS{(kind == ArtifactKind.Backup ? BackupExtension : DumpExtension)}; "
                    + "bpl cannot tell its database and time, so it does not count it");
        }

        return new ArtifactName(ArtifactNameKind.Artifact, Normalise(stem), kind);
    }

    /// <summary>Neo4j database names are case-insensitive and stored in lower case.</summary>
    private static string Normalise(string database) => database.ToLowerInvariant();

    [GeneratedRegex(@"^(?<db>.+)-(?<time>\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Timestamped();

    [GeneratedRegex(@"\d{4}-?\d{2}-?\d{2}", RegexOptions.CultureInvariant)]
    private static partial Regex DateLike();
}
