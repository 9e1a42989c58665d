using System.Security;
using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Model;

namespace BackupPolicyLint.Loading.Artifacts;

/// <summary>
/// Walks a backup location (<c>--backups DIR</c>) and builds the artifact model from names and file metadata; it
/// never opens a file. The walk is streaming (one folder listing at a time, only recognised artifacts kept) and
/// bounded (<see cref="ArtifactScanLimits"/>). What cannot be read is reported as BPL001 with source
/// <c>artifacts</c>, never thrown: an unreadable folder, a dangling or looping link, a name that looks like an
/// artifact but does not parse, a folder deeper than the limit, a scan stopped at the entry limit. Links to folders
/// are not followed (a <c>latest -&gt;</c> link would count artifacts twice, and links can loop).
/// </summary>
internal sealed class ArtifactScanner
{
    /// <summary>The scan reports its entry count to a progress observer this often.</summary>
    public const int ProgressEvery = 1000;

    private readonly IDirectoryReader _reader;
    private readonly ArtifactScanLimits _limits;

    public ArtifactScanner(ArtifactScanLimits? limits = null)
        : this(FileSystemDirectoryReader.Instance, limits)
    {
    }

    internal ArtifactScanner(IDirectoryReader reader, ArtifactScanLimits? limits = null)
    {
        _reader = reader;
        _limits = limits ?? ArtifactScanLimits.Default;
    }

    /// <summary>
    /// Scans the folder at <paramref name="root"/> (a full path); <paramref name="displayRoot"/> is how reports show it
    /// (relative to the working directory, '/' separators); <paramref name="inspect"/> holds the rows of
    /// <c>neo4j-admin backup inspect</c>, matched to artifacts by file name, or null when none were given;
    /// <paramref name="progress"/> hears the number of entries seen every <see cref="ProgressEvery"/> entries.
    /// </summary>
    public ArtifactScan Scan(string root, string displayRoot, IReadOnlyList<BackupInspectRecord>? inspect = null, IProgress<long>? progress = null)
    {
        var walk = new Walk(this, root, displayRoot, progress);
        walk.Run();
        var artifacts = inspect is null ? walk.Artifacts : InspectMatching.Apply(walk.Artifacts, inspect);
        return new ArtifactScan
        {
            DisplayRoot = displayRoot,
            Artifacts = artifacts,
            Directories = walk.Directories,
            TopLevelFolders = walk.TopLevelFolders,
            Problems = walk.Problems,
            HasInspectData = inspect is not null,
            EntriesSeen = walk.Entries,
        };
    }

    /// <summary>The state of one scan.</summary>
    private sealed class Walk(ArtifactScanner scanner, string root, string displayRoot, IProgress<long>? progress)
    {
        public List<BackupArtifact> Artifacts { get; } = [];
        public Dictionary<string, ArtifactDirectory> Directories { get; } = new(StringComparer.Ordinal);
        public HashSet<string> TopLevelFolders { get; } = new(StringComparer.Ordinal);
        public List<Finding> Problems { get; } = [];
        public long Entries { get; private set; }

        private IDirectoryReader Reader => scanner._reader;
        private ArtifactScanLimits Limits => scanner._limits;

        public void Run()
        {
            var pending = new Stack<(string Full, string Relative, int Depth)>();
            pending.Push((root, "", 0));
            while (pending.Count > 0)
            {
                var (directory, relative, depth) = pending.Pop();
                try
                {
                    foreach (var entry in Reader.List(directory))
                    {
                        if (++Entries > Limits.MaxEntries)
                        {
                            Problem("", $"the scan stopped after {Limits.MaxEntries:N0} files and folders; artifacts beyond them are not counted (split the location, or point --backups at a sub-folder)");
                            return;
                        }

                        if (Entries % ProgressEvery == 0)
                        {
                            progress?.Report(Entries);
                        }

                        var childRelative = relative.Length == 0 ? entry.Name : $"{relative}/{entry.Name}";
                        if (entry.IsDirectory)
                        {
                            if (entry.IsLink)
                            {
                                continue;
                            }

                            if (depth == 0)
                            {
                                TopLevelFolders.Add(entry.Name);
                            }

                            if (depth + 1 > Limits.MaxDepth)
                            {
                                Problem(childRelative, $"the folder is more than {Limits.MaxDepth} levels deep and was not scanned; artifacts in it are not counted");
                                continue;
                            }

                            pending.Push((Path.Combine(directory, entry.Name), childRelative, depth + 1));
                            continue;
                        }

                        Consider(entry, childRelative, directory, relative);
                    }
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or SecurityException)
                {
                    var what = relative.Length == 0 ? "the backup location" : "the folder";
                    // The listing may fail before the first entry (permissions) or part-way (I/O): either way it is incomplete.
                    Problem(relative, $"{what} could not be read ({ex.Message}); artifacts in it are missing from the check");
                }
            }
        }

        private void Consider(ScanEntry entry, string relative, string directory, string directoryRelative)
        {
            var length = entry.Length;
            var written = entry.LastWriteUtc;
            var mode = entry.Mode;
            if (entry.IsLink)
            {
                var full = Path.Combine(directory, entry.Name);
                LinkTarget? target;
                try
                {
                    target = Reader.Resolve(full);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or SecurityException)
                {
                    Problem(relative, $"the symbolic link could not be followed ({ex.Message})");
                    return;
                }

                if (target is not { } found)
                {
                    Problem(relative, "dangling symbolic link: its target does not exist, so whatever it pointed to is not in the location");
                    return;
                }

                (length, written, mode) = (found.Length, found.LastWriteUtc, Mode(full));
            }

            var name = ArtifactNames.Parse(entry.Name);
            if (name.NameKind == ArtifactNameKind.NotArtifact)
            {
                return;
            }

            if (name.NameKind == ArtifactNameKind.Malformed)
            {
                Problem(relative, name.Problem);
                return;
            }

            if (!Directories.ContainsKey(directoryRelative))
            {
                Directories[directoryRelative] = new ArtifactDirectory(directoryRelative, Mode(directory));
            }

            Artifacts.Add(new BackupArtifact
            {
                Path = relative,
                Directory = directoryRelative,
                Database = name.Database,
                Kind = name.Kind,
                Time = name.Time ?? written,
                TimeOrigin = name.Time is null ? TimestampOrigin.FileTime : TimestampOrigin.Name,
                SizeBytes = length,
                Mode = mode,
            });
        }

        private UnixFileMode? Mode(string path)
        {
            try
            {
                return Reader.ModeOf(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or SecurityException)
            {
                // The entry vanished or cannot be stat'ed: without its mode, BPL408 has nothing to judge.
                return null;
            }
        }

        private void Problem(string relative, string message)
        {
            var display = relative.Length == 0 ? displayRoot : $"{displayRoot.TrimEnd('/')}/{relative}";
            Problems.Add(DiagnosticIds.Create(
                DiagnosticIds.ParseError,
                message,
                SourceSpan.FileStart(display),
                SourceKind.Artifacts,
                subject: relative.Length == 0 ? "artifacts" : $"artifacts/{relative}",
                logicalPath: relative));
        }
    }
}
