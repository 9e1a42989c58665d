namespace BackupPolicyLint.Engine;

/// <summary>
/// Where the working directory sits in its repository, for reports whose paths are repository-relative (SARIF's
/// %SRCROOT%, GitHub annotations). The root is the nearest directory upward with a .git entry (a directory, or a
/// file in a worktree or submodule); without one the working directory is taken as the root. A plan's configFiles
/// are read only inside it (docs/security.md).
/// </summary>
internal static class RepositoryRoot
{
    public static string PrefixOf(string workingDirectory)
    {
        var prefix = Path.GetRelativePath(DirectoryOf(workingDirectory), workingDirectory).Replace('\\', '/');
        return prefix == "." ? "" : prefix;
    }

    /// <summary>The repository root's full path: the nearest directory upward with a .git entry, else the working directory.</summary>
    public static string DirectoryOf(string workingDirectory)
    {
        for (var directory = new DirectoryInfo(workingDirectory); directory is not null; directory = directory.Parent)
        {
            var git = Path.Combine(directory.FullName, ".git");
            if (Directory.Exists(git) || File.Exists(git))
            {
                return directory.FullName;
            }
        }

        return Path.GetFullPath(workingDirectory);
    }

    /// <summary>Whether <paramref name="fullPath"/>, its links followed, lies inside <paramref name="root"/> (links followed too).</summary>
    public static bool Contains(string root, string fullPath)
    {
        var realRoot = RealPaths.Of(root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return RealPaths.Of(fullPath).StartsWith(realRoot, StringComparison.Ordinal);
    }
}
