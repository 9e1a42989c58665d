namespace BackupPolicyLint.Engine;

/// <summary>
/// A path with its symbolic links followed, folder by folder (what POSIX realpath gives), so a link inside the
/// repository that points out of it is seen as outside. Paths that do not exist are kept as they are from there on.
/// </summary>
internal static class RealPaths
{
    /// <summary>More links than this in one path is a loop; the path is returned as resolved so far.</summary>
    private const int MaxLinks = 40;

    public static string Of(string fullPath)
    {
        var path = Path.GetFullPath(fullPath);
        for (var links = 0; links < MaxLinks; links++)
        {
            if (FirstLink(path) is not { } resolved)
            {
                return path;
            }

            path = resolved;
        }

        return path;
    }

    /// <summary>The path with its first symbolic link (from the root down) replaced by the link's target; null when it has none.</summary>
    private static string? FirstLink(string path)
    {
        var root = Path.GetPathRoot(path) ?? "/";
        var parts = path[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        var current = root;
        for (var i = 0; i < parts.Length; i++)
        {
            current = Path.Combine(current, parts[i]);
            FileSystemInfo info = new FileInfo(current);
            if (!info.Exists)
            {
                info = new DirectoryInfo(current);
                if (!info.Exists)
                {
                    return null;
                }
            }

            if (info.LinkTarget is { } target)
            {
                var resolved = Path.GetFullPath(target, Path.GetDirectoryName(current) ?? root);
                return Path.Combine([resolved, .. parts[(i + 1)..]]);
            }
        }

        return null;
    }
}
