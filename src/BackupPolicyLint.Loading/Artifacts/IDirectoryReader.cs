namespace BackupPolicyLint.Loading.Artifacts;

/// <summary>One entry of a folder listing: name and metadata only. <see cref="Mode"/> is filled for files that may be artifacts.</summary>
internal readonly record struct ScanEntry(string Name, bool IsDirectory, bool IsLink, long Length, DateTimeOffset LastWriteUtc, UnixFileMode? Mode = null);

/// <summary>A link's target, when it exists.</summary>
internal readonly record struct LinkTarget(long Length, DateTimeOffset LastWriteUtc);

/// <summary>
/// What the scanner may ask of the file system: listings and metadata, never contents. A seam so that tests can
/// simulate folders that cannot be read (the tests run as root, which reads everything).
/// </summary>
internal interface IDirectoryReader
{
    /// <summary>The entries of a folder, lazily; throws IOException or UnauthorizedAccessException when it cannot be read.</summary>
    IEnumerable<ScanEntry> List(string directory);

    /// <summary>The final target of a link to a file; null when the target does not exist. Throws IOException on a loop.</summary>
    LinkTarget? Resolve(string link);

    /// <summary>Permission bits of a file or folder (following links); null where the platform has none.</summary>
    UnixFileMode? ModeOf(string path);
}
