namespace BackupPolicyLint.Model;

/// <summary>A folder of the backup location that holds artifacts, with its permission bits (null on Windows).</summary>
public sealed record ArtifactDirectory(string Path, UnixFileMode? Mode)
{
    /// <summary>How messages name it: the relative path, or "the backup location" for the root itself.</summary>
    public string DisplayName => Path.Length == 0 ? "the backup location itself" : $"folder '{Path}'";
}
