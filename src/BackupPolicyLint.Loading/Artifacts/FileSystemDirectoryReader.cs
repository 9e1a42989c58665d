using System.IO.Enumeration;

namespace BackupPolicyLint.Loading.Artifacts;

/// <summary>The real file system, read with one directory enumeration per folder and a stat per artifact.</summary>
internal sealed class FileSystemDirectoryReader : IDirectoryReader
{
    public static readonly FileSystemDirectoryReader Instance = new();

    private static readonly EnumerationOptions Options = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = false,
        AttributesToSkip = 0,
        ReturnSpecialDirectories = false,
    };

    public IEnumerable<ScanEntry> List(string directory) =>
        new FileSystemEnumerable<ScanEntry>(directory, ToScanEntry, Options);

    /// <summary>
    /// Size, time and mode come from the one lstat(2) the enumeration makes per entry; the mode is taken only for
    /// names with an artifact extension, which saves a FileInfo per other file.
    /// </summary>
    private static ScanEntry ToScanEntry(ref FileSystemEntry entry)
    {
        var isLink = (entry.Attributes & FileAttributes.ReparsePoint) != 0;
        UnixFileMode? mode = null;
        if (!OperatingSystem.IsWindows() && !entry.IsDirectory && !isLink && MayBeArtifact(entry.FileName))
        {
            mode = entry.ToFileSystemInfo().UnixFileMode;
        }

        return new ScanEntry(entry.FileName.ToString(), entry.IsDirectory, isLink, entry.IsDirectory ? 0 : entry.Length, entry.LastWriteTimeUtc, mode);
    }

    private static bool MayBeArtifact(ReadOnlySpan<char> name) =>
        name.EndsWith(ArtifactNames.BackupExtension, StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(ArtifactNames.DumpExtension, StringComparison.OrdinalIgnoreCase);

    public LinkTarget? Resolve(string link)
    {
        var target = new FileInfo(link).ResolveLinkTarget(returnFinalTarget: true);
        if (target is null)
        {
            return null;
        }

        var file = new FileInfo(target.FullName);
        return file.Exists ? new LinkTarget(file.Length, new DateTimeOffset(file.LastWriteTimeUtc, TimeSpan.Zero)) : null;
    }

    public UnixFileMode? ModeOf(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return null;
        }

        // stat(2), which follows links and works for folders as well as files.
        return File.GetUnixFileMode(path);
    }
}
