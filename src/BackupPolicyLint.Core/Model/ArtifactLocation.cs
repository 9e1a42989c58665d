namespace BackupPolicyLint.Model;

/// <summary>
/// The artifacts one plan is judged against: the whole backup location, or the plan's own folder in it
/// (<see cref="ArtifactScan.LocationFor"/>). Null in a rule's context when <c>--backups</c> was not given.
/// </summary>
public sealed class ArtifactLocation
{
    private static readonly IReadOnlyList<BackupArtifact> None = [];
    private readonly Dictionary<string, List<BackupArtifact>> _byDatabase;

    internal ArtifactLocation(IEnumerable<BackupArtifact> artifacts, IEnumerable<ArtifactDirectory> directories, bool hasInspectData, string? planFolder = null)
    {
        Artifacts = artifacts.OrderBy(a => a.Time).ThenBy(a => a.Path, StringComparer.Ordinal).ToList();
        Directories = directories.OrderBy(d => d.Path, StringComparer.Ordinal).ToList();
        HasInspectData = hasInspectData;
        PlanFolder = planFolder;
        _byDatabase = new Dictionary<string, List<BackupArtifact>>(StringComparer.OrdinalIgnoreCase);
        foreach (var artifact in Artifacts)
        {
            if (!_byDatabase.TryGetValue(artifact.Database, out var list))
            {
                _byDatabase[artifact.Database] = list = [];
            }

            list.Add(artifact);
        }
    }

    /// <summary>Every artifact, oldest first.</summary>
    public IReadOnlyList<BackupArtifact> Artifacts { get; }

    /// <summary>The folders that hold these artifacts.</summary>
    public IReadOnlyList<ArtifactDirectory> Directories { get; }

    /// <summary>True when <c>--backup-inspect</c> data was given, so full and differential backups can be told apart.</summary>
    public bool HasInspectData { get; }

    /// <summary>The plan's own folder (named after the plan) when the location is organised by plan; null otherwise.</summary>
    public string? PlanFolder { get; }

    /// <summary>How messages name the place searched.</summary>
    public string Description => PlanFolder is null ? "the backup location" : $"folder '{PlanFolder}/' of the backup location";

    /// <summary>A database's artifacts, oldest first; names compare case-insensitively, as Neo4j's database names do.</summary>
    public IReadOnlyList<BackupArtifact> ArtifactsOf(string database) =>
        _byDatabase.TryGetValue(database, out var list) ? list : None;

    /// <summary>The folder holding <paramref name="artifact"/>, or null.</summary>
    public ArtifactDirectory? DirectoryOf(BackupArtifact artifact) =>
        Directories.FirstOrDefault(d => d.Path == artifact.Directory);
}
