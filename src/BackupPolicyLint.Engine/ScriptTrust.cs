namespace BackupPolicyLint.Engine;

/// <summary>
/// Whether a config may turn the script guard off (docs/security.md, "Script rules are code"). The files being checked
/// may come from whoever opened a pull request, and so may everything in their repository: a <c>.bpl.yaml</c> found
/// there, or named with <c>--config</c>, would let the pull request run any code it adds. A config counts only when it
/// lies outside the tree of every checked path: the git repository holding the path (the nearest folder upward with a
/// <c>.git</c> entry), or the path's own folder outside any repository. A separate checkout (its own <c>.git</c>, which
/// git never lets a commit contain) is outside, even when it sits in a folder of the checked repository. The same
/// test applies to each script when the guard is off by a config's say: a trusted config naming a rule folder inside
/// the checked repository does not lift the guard for what a pull request puts there.
/// </summary>
internal static class ScriptTrust
{
    public static bool IsOutsideCheckedTrees(string fileFullPath, IEnumerable<string> checkedFullPaths)
    {
        var configFolder = Path.GetDirectoryName(fileFullPath) ?? fileFullPath;
        var configRepository = RepositoryOf(configFolder);
        foreach (var path in checkedFullPaths)
        {
            var folder = Directory.Exists(path) ? path : Path.GetDirectoryName(path) ?? path;
            var repository = RepositoryOf(folder);
            var tree = repository ?? folder;
            if (IsWithin(configFolder, tree) && string.Equals(configRepository, repository, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static string? RepositoryOf(string folder)
    {
        for (var directory = new DirectoryInfo(folder); directory is not null; directory = directory.Parent)
        {
            var git = Path.Combine(directory.FullName, ".git");
            if (Directory.Exists(git) || File.Exists(git))
            {
                return Path.TrimEndingDirectorySeparator(directory.FullName);
            }
        }

        return null;
    }

    private static bool IsWithin(string path, string tree)
    {
        var relative = Path.GetRelativePath(tree, path);
        return relative == "." || !(relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative));
    }
}
