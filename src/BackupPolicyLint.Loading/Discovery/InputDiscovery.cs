using BackupPolicyLint.Loading.Files;
using BackupPolicyLint.Loading.Infra;

namespace BackupPolicyLint.Loading.Discovery;

/// <summary>A file to check, with the path shown in reports and whether the user named it directly.</summary>
internal sealed record InputFile(string FullPath, string DisplayPath, bool Explicit);

/// <summary>
/// Expands the PATH arguments of `bpl check` into files, recursing into directories: plan files (*.yaml, *.yml, *.json) and
/// the infrastructure files bpl reads (<see cref="InfraFileKinds"/>); each loader then decides whether a file is its own.
/// </summary>
internal static class InputDiscovery
{
    private static readonly string[] Extensions = [".yaml", ".yml", ".json"];
    /// <summary>Build output, dependencies and vendored code: never the team's own plans or infrastructure.</summary>
    private static readonly HashSet<string> SkippedDirectories = new(StringComparer.Ordinal)
    {
        "bin", "obj", ".git", "node_modules", "vendor", "third_party", "build", "dist", "target", ".venv", "venv", "__pycache__", ".terraform", ".tox",
    };

    /// <summary>Files in a stable order (ordinal by display path), each once; missing paths are returned separately.</summary>
    public static (IReadOnlyList<InputFile> Files, IReadOnlyList<string> Missing) Find(IEnumerable<string> paths, string workingDirectory)
    {
        var files = new Dictionary<string, InputFile>(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path, workingDirectory);
            if (File.Exists(full))
            {
                files[full] = new InputFile(full, Display(full, workingDirectory), Explicit: true);
            }
            else if (Directory.Exists(full))
            {
                foreach (var found in Walk(full))
                {
                    files.TryAdd(found, new InputFile(found, Display(found, workingDirectory), Explicit: false));
                }
            }
            else
            {
                missing.Add(path);
            }
        }

        return (files.Values.OrderBy(f => f.DisplayPath, StringComparer.Ordinal).ToList(), missing);
    }

    /// <summary>Relative to the working directory with '/' separators (the report contract).</summary>
    public static string Display(string fullPath, string workingDirectory) =>
        Path.GetRelativePath(workingDirectory, fullPath).Replace('\\', '/');

    private static IEnumerable<string> Walk(string root)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = false,
            IgnoreInaccessible = true,
            AttributesToSkip = FileAttributes.ReparsePoint,
        };
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            IEnumerable<string> entries;
            try
            {
                entries = Directory.EnumerateFileSystemEntries(directory, "*", options).ToList();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            foreach (var entry in entries)
            {
                var name = Path.GetFileName(entry);
                if (Directory.Exists(entry))
                {
                    if (!SkippedDirectories.Contains(name))
                    {
                        pending.Push(entry);
                    }
                }
                else if ((Extensions.Contains(Path.GetExtension(name), StringComparer.OrdinalIgnoreCase) || InfraFileKinds.Of(entry) != InfraFileKind.None)
                    && FileTypes.Of(entry) is FileType.Regular or FileType.Unknown)
                {
                    // FIFOs, devices and sockets are skipped like symbolic links: opening a FIFO would wait for a writer.
                    yield return entry;
                }
            }
        }
    }
}
