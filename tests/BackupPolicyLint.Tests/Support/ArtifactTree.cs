using System.Globalization;

namespace BackupPolicyLint.Tests.Support;

/// <summary>
/// A backup location built in a temporary folder: empty artifact files with the names, file times and modes a
/// test sets. Files are 0600 and folders 0700 unless the test says otherwise, so that BPL408 fires only on purpose.
/// </summary>
internal sealed class ArtifactTree : IDisposable
{
    public const UnixFileMode PrivateFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    public const UnixFileMode PrivateFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>Lines of a fixture tree's setup file: "chmod OCTAL PATH" ('.' is the tree itself). Not copied.</summary>
    public const string SetupFile = "_setup.txt";

    private readonly TempDirectory _directory = new();

    public ArtifactTree()
    {
        Chmod(".", PrivateFolder);
    }

    public string Path => _directory.Path;

    /// <summary>Creates an empty file (and its folders), with an optional last-write time and mode.</summary>
    public string Add(string relative, DateTimeOffset? written = null, UnixFileMode mode = PrivateFile)
    {
        var full = System.IO.Path.Combine(Path, relative);
        var folder = System.IO.Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder))
        {
            Directory.CreateDirectory(folder);
            Chmod(System.IO.Path.GetRelativePath(Path, folder), PrivateFolder);
        }

        File.WriteAllBytes(full, []);
        Chmod(relative, mode);
        if (written is { } time)
        {
            File.SetLastWriteTimeUtc(full, time.UtcDateTime);
        }

        return full;
    }

    public void Chmod(string relative, UnixFileMode mode)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(System.IO.Path.Combine(Path, relative), mode);
        }
    }

    /// <summary>A copy of a fixture tree (git keeps neither modes nor empty folders), with its setup file applied.</summary>
    public static ArtifactTree CopyOf(string source)
    {
        var tree = new ArtifactTree();
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = System.IO.Path.GetRelativePath(source, file);
            if (relative != SetupFile)
            {
                tree.Add(relative);
            }
        }

        var setup = System.IO.Path.Combine(source, SetupFile);
        if (File.Exists(setup))
        {
            foreach (var line in File.ReadAllLines(setup).Where(l => l.StartsWith("chmod ", StringComparison.Ordinal)))
            {
                var parts = line.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
                tree.Chmod(parts[2], (UnixFileMode)Convert.ToInt32(parts[1], 8));
            }
        }

        return tree;
    }

    /// <summary>An artifact name as neo4j-admin writes it: &lt;database&gt;-YYYY-MM-DDTHH-MM-SS.backup.</summary>
    public static string BackupName(string database, DateTimeOffset time) =>
        $"{database}-{time.UtcDateTime.ToString("yyyy-MM-dd'T'HH-mm-ss", CultureInfo.InvariantCulture)}.backup";

    public void Dispose() => _directory.Dispose();
}
