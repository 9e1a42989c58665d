using BackupPolicyLint.Model;

namespace BackupPolicyLint.Loading.Artifacts;

/// <summary>
/// Attaches <c>backup inspect</c> rows to the artifacts they describe, by file name (the FILE column is a URI as
/// neo4j-admin saw the location, which may be mounted elsewhere here). When several rows share a name, the one whose
/// URI ends with the artifact's path inside the location wins. Rows that match no file are ignored: the location,
/// not the saved output, is the evidence (docs/artifacts.md).
/// </summary>
internal static class InspectMatching
{
    public static List<BackupArtifact> Apply(IReadOnlyList<BackupArtifact> artifacts, IReadOnlyList<BackupInspectRecord> records)
    {
        var byName = records.GroupBy(r => r.FileName, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var result = new List<BackupArtifact>(artifacts.Count);
        foreach (var artifact in artifacts)
        {
            var record = artifact.Kind == ArtifactKind.Backup && byName.TryGetValue(artifact.FileName, out var candidates)
                ? Pick(candidates, artifact)
                : null;
            result.Add(record is null ? artifact : artifact with
            {
                Inspect = record,
                Database = record.Database.Length > 0 ? record.Database.ToLowerInvariant() : artifact.Database,
                Time = record.Time ?? artifact.Time,
                TimeOrigin = record.Time is null ? artifact.TimeOrigin : TimestampOrigin.Inspect,
            });
        }

        return result;
    }

    private static BackupInspectRecord? Pick(List<BackupInspectRecord> candidates, BackupArtifact artifact)
    {
        if (candidates.Count == 1)
        {
            return candidates[0];
        }

        var suffix = "/" + artifact.Path;
        var bySuffix = candidates.Where(c => c.File.Replace('\\', '/').EndsWith(suffix, StringComparison.Ordinal)).ToList();
        return bySuffix.Count >= 1 ? bySuffix[0] : candidates[0];
    }
}
