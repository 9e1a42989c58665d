using BackupPolicyLint.Diagnostics;

namespace BackupPolicyLint.Reporting.Sarif;

/// <summary>
/// Which findings become results under --max-results: at most that many, the most severe (reported before suppressed,
/// then error, warning, note; in report order within each), kept in report order. Decided from a count of each
/// (suppressed, severity) pair, so the findings are neither sorted nor copied.
/// </summary>
internal sealed class SarifResultSelection
{
    private readonly (bool Suppressed, Severity Severity)? _boundary;
    private readonly int _keptAtBoundary;

    private SarifResultSelection(int count, bool truncated, (bool, Severity)? boundary, int keptAtBoundary)
    {
        Count = count;
        Truncated = truncated;
        _boundary = boundary;
        _keptAtBoundary = keptAtBoundary;
    }

    /// <summary>How many findings are kept.</summary>
    public int Count { get; }

    /// <summary>True when --max-results left findings out.</summary>
    public bool Truncated { get; }

    public static SarifResultSelection Of(IReadOnlyList<Finding> findings, int? max)
    {
        if (max is not { } limit || findings.Count <= limit)
        {
            return new SarifResultSelection(findings.Count, truncated: false, boundary: null, keptAtBoundary: 0);
        }

        var counts = new SortedDictionary<(bool, Severity), int>();
        foreach (var finding in findings)
        {
            var key = Key(finding);
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        // Every finding of a pair before the boundary is kept, and the first `left` of the boundary pair.
        var left = limit;
        foreach (var (key, count) in counts)
        {
            if (count >= left)
            {
                return new SarifResultSelection(Math.Max(limit, 0), truncated: true, key, left);
            }

            left -= count;
        }

        throw new InvalidOperationException("more findings than --max-results, yet all of them fit");
    }

    /// <summary>The kept findings, in report order.</summary>
    public IEnumerable<Finding> Kept(IReadOnlyList<Finding> findings)
    {
        if (_boundary is not { } boundary)
        {
            foreach (var finding in findings)
            {
                yield return finding;
            }

            yield break;
        }

        var comparer = Comparer<(bool, Severity)>.Default;
        var atBoundary = 0;
        foreach (var finding in findings)
        {
            var order = comparer.Compare(Key(finding), boundary);
            if (order < 0 || (order == 0 && atBoundary++ < _keptAtBoundary))
            {
                yield return finding;
            }
        }
    }

    private static (bool Suppressed, Severity Severity) Key(Finding finding) => (finding.Suppressed, finding.Severity);
}
