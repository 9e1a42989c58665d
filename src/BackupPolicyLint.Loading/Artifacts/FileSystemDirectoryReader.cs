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
        new FileSystemEnumerable<ScanEntry>(
            directory,
            (ref FileSystemEntry entry) => new ScanEntry(
                entry.FileName.ToString(),
                entry.IsDirectory,
                (entry.Attributes & FileAttributes.ReparsePoint) != 0,
                entry.IsDirectory ? 0 : entry.Length,
                entry.LastWriteTimeUtc),
            Options);

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
