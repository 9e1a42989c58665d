using BackupPolicyLint.Model;

namespace BackupPolicyLint.Analysis;

/// <summary>A run of differential artifacts that cannot be restored, with the reason, oldest first.</summary>
internal sealed record BrokenChain(IReadOnlyList<BackupArtifact> Orphans, string Reason);

/// <summary>
/// Backup chains from <c>neo4j-admin backup inspect</c> data (neo4j-facts §1.7, §2): a chain is one full artifact
/// and the differentials after it, each starting at the transaction after the previous one's highest. A full's
/// range may overlap (2026.02+ lets the first differential overlap its full), so only gaps break a chain.
/// Chains never cross database ids: a recreated database starts over. Online-backup artifacts without inspect data
/// could be either kind, so they make the walk uncertain instead of breaking or anchoring it.
/// </summary>
internal static class BackupChains
{
    private enum Anchor
    {
        None,
        Known,
        Uncertain,
    }

    /// <summary>The broken runs among one database's artifacts (any order); empty when no artifact has inspect data.</summary>
    public static IReadOnlyList<BrokenChain> Broken(IEnumerable<BackupArtifact> artifacts)
    {
        var broken = new List<BrokenChain>();
        foreach (var sequence in Sequences(artifacts))
        {
            broken.AddRange(Walk(sequence));
        }

        return broken;
    }

    /// <summary>
    /// The artifacts older than <paramref name="cutoff"/> that a newer artifact still needs: the full and the
    /// differentials its chain starts from. Only known with inspect data; without it nothing is exempt.
    /// </summary>
    public static IReadOnlySet<BackupArtifact> NeededBeforeCutoff(IEnumerable<BackupArtifact> artifacts, DateTimeOffset cutoff)
    {
        var needed = new HashSet<BackupArtifact>();
        foreach (var sequence in Sequences(artifacts))
        {
            var firstKept = sequence.FindIndex(a => a.Time >= cutoff);
            if (firstKept <= 0 || sequence[firstKept].Position != ChainPosition.Differential)
            {
                continue;
            }

            var start = sequence.FindLastIndex(firstKept, a => a.Position == ChainPosition.Full);
            if (start < 0)
            {
                continue;
            }

            for (var i = start; i < firstKept; i++)
            {
                needed.Add(sequence[i]);
            }
        }

        return needed;
    }

    /// <summary>One time-ordered sequence per database id; artifacts without inspect data belong to every sequence.</summary>
    private static IEnumerable<List<BackupArtifact>> Sequences(IEnumerable<BackupArtifact> artifacts)
    {
        var backups = artifacts.Where(a => a.Kind == ArtifactKind.Backup).ToList();
        var ids = backups.Where(a => a.Inspect is not null).Select(a => a.Inspect!.DatabaseId ?? "").Distinct(StringComparer.OrdinalIgnoreCase);
        foreach (var id in ids)
        {
            yield return backups
                .Where(a => a.Inspect is null || string.Equals(a.Inspect.DatabaseId ?? "", id, StringComparison.OrdinalIgnoreCase))
                .OrderBy(a => a.Time)
                .ThenBy(a => a.Position == ChainPosition.Full ? 0 : 1)
                .ThenBy(a => a.Path, StringComparer.Ordinal)
                .ToList();
        }
    }

    private static List<BrokenChain> Walk(List<BackupArtifact> sequence)
    {
        var broken = new List<BrokenChain>();
        var anchor = Anchor.None;
        long? highest = null;
        List<BackupArtifact>? orphans = null;
        var reason = "";

        void Close()
        {
            if (orphans is { Count: > 0 })
            {
                broken.Add(new BrokenChain(orphans, reason));
            }

            orphans = null;
        }

        foreach (var artifact in sequence)
        {
            var record = artifact.Inspect;
            if (record is null)
            {
                // Could be a full, or the differential that fills a gap: nothing after it can be judged until a known full.
                Close();
                anchor = Anchor.Uncertain;
                highest = null;
                continue;
            }

            if (record.Full)
            {
                Close();
                anchor = Anchor.Known;
                highest = record.HighestTx;
                continue;
            }

            if (record.IsEmpty)
            {
                if (anchor == Anchor.None)
                {
                    (orphans ??= []).Add(artifact);
                    reason = orphans.Count == 1 ? "no full backup of the database comes before it" : reason;
                }

                continue;
            }

            if (highest is { } last && record.LowestTx is { } lowest && lowest > last + 1)
            {
                if (orphans is null)
                {
                    reason = lowest == last + 2
                        ? $"transaction {last + 1} is in no artifact (the chain before it ends at transaction {last}, this differential starts at {lowest})"
                        : $"transactions {last + 1} to {lowest - 1} are in no artifact (the chain before it ends at transaction {last}, this differential starts at {lowest})";
                }

                (orphans ??= []).Add(artifact);
                anchor = Anchor.None;
            }
            else if (anchor == Anchor.None)
            {
                if (orphans is null)
                {
                    reason = "no full backup of the database comes before it";
                }

                (orphans ??= []).Add(artifact);
            }

            if (record.HighestTx is { } top)
            {
                highest = highest is { } h ? Math.Max(h, top) : top;
            }
        }

        Close();
        return broken;
    }
}
