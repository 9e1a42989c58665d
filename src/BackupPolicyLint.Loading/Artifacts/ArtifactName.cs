using BackupPolicyLint.Model;

namespace BackupPolicyLint.Loading.Artifacts;

/// <summary>How a file name reads: not an artifact, an artifact (database, kind, time when the name has one), or a name that looks like one but does not parse.</summary>
internal enum ArtifactNameKind
{
    NotArtifact,
    Artifact,
    Malformed,
}

/// <summary>What <see cref="ArtifactNames.Parse"/> made of a file name.</summary>
internal sealed record ArtifactName(ArtifactNameKind NameKind, string Database = "", ArtifactKind Kind = ArtifactKind.Backup, DateTimeOffset? Time = null, string Problem = "")
{
    public static readonly ArtifactName NotArtifact = new(ArtifactNameKind.NotArtifact);
}
