using BackupPolicyLint.Diagnostics;

namespace BackupPolicyLint.Model;

/// <summary>
/// What scanning a backup location (<c>--backups DIR</c>) found: the artifacts, the folders holding them, and the
/// problems met on the way (unreadable folders, dangling links, names that do not parse), already as findings.
/// </summary>
internal sealed record ArtifactScan
{
    /// <summary>The location as given, relative to the working directory with '/' separators.</summary>
    public required string DisplayRoot { get; init; }

    public required IReadOnlyList<BackupArtifact> Artifacts { get; init; }

    /// <summary>The folders that hold at least one artifact, by relative path.</summary>
    public required IReadOnlyDictionary<string, ArtifactDirectory> Directories { get; init; }

    /// <summary>The names of the folders directly under the location (for the per-plan layout).</summary>
    public IReadOnlySet<string> TopLevelFolders { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>BPL001 findings (source <c>artifacts</c>) for what could not be read or recognised.</summary>
    public IReadOnlyList<Finding> Problems { get; init; } = [];

    public bool HasInspectData { get; init; }

    /// <summary>Files and folders looked at (artifacts or not), for the benchmark and the docs.</summary>
    public long EntriesSeen { get; init; }

    /// <summary>
    /// The part of the location a plan is judged against (docs/artifacts.md, "Which artifacts belong to a plan"):
    /// the folder directly under the location named after the plan when there is one, otherwise the whole location
    /// except the folders named after the other checked plans.
    /// </summary>
    public ArtifactLocation LocationFor(string planName, IEnumerable<string> checkedPlanNames)
    {
        if (TopLevelFolders.Contains(planName))
        {
            var prefix = planName + "/";
            return Restrict(a => a.Path.StartsWith(prefix, StringComparison.Ordinal), planName);
        }

        var others = checkedPlanNames.Where(n => n != planName && TopLevelFolders.Contains(n)).Select(n => n + "/").ToList();
        return Restrict(a => !others.Exists(prefix => a.Path.StartsWith(prefix, StringComparison.Ordinal)), null);
    }

    private ArtifactLocation Restrict(Func<BackupArtifact, bool> belongs, string? planFolder)
    {
        var artifacts = Artifacts.Where(belongs).ToList();
        var directories = artifacts.Select(a => a.Directory).Distinct(StringComparer.Ordinal)
            .Select(path => Directories.TryGetValue(path, out var directory) ? directory : new ArtifactDirectory(path, null));
        return new ArtifactLocation(artifacts, directories, HasInspectData, planFolder);
    }
}
