namespace BackupPolicyLint.Cli.Checking;

/// <summary>
/// Where the working directory sits in its repository, for reports whose paths are repository-relative (SARIF's
/// %SRCROOT%, GitHub annotations). The root is the nearest directory upward with a .git entry (a directory, or a
/// file in a worktree or submodule); without one the working directory is taken as the root.
/// </summary>
public static class RepositoryRoot
{
    public static string PrefixOf(string workingDirectory)
    {
        for (var directory = new DirectoryInfo(workingDirectory); directory is not null; directory = directory.Parent)
        {
            var git = Path.Combine(directory.FullName, ".git");
            if (Directory.Exists(git) || File.Exists(git))
            {
                var prefix = Path.GetRelativePath(directory.FullName, workingDirectory).Replace('\\', '/');
                return prefix == "." ? "" : prefix;
            }
        }

        return "";
    }
}
