using BackupPolicyLint.Diagnostics;

namespace BackupPolicyLint.Suppressions;

/// <summary>A baseline applied one finding at a time, in report order (which entry a finding uses up depends on it).</summary>
internal sealed class BaselineMatcher
{
    private readonly Dictionary<BaselineEntry, int> _remaining = [];
    private readonly Func<Finding, BaselineEntry> _keyOf;
    private readonly Suppression _suppression;

    public BaselineMatcher(IReadOnlyList<BaselineEntry> entries, Func<Finding, BaselineEntry> keyOf, string baselineDisplay)
    {
        foreach (var entry in entries)
        {
            _remaining[entry] = _remaining.GetValueOrDefault(entry) + 1;
        }

        _keyOf = keyOf;
        _suppression = new Suppression(SuppressionKind.Baseline, "known before the baseline was taken; hidden until fixed", null, null, baselineDisplay);
    }

    /// <summary>Findings the baseline hid so far.</summary>
    public int Baselined { get; private set; }

    /// <summary>Findings not suppressed otherwise that the baseline does not list, so far.</summary>
    public int New { get; private set; }

    public Finding Match(Finding finding)
    {
        if (finding.Suppressed)
        {
            return finding;
        }

        var key = _keyOf(finding);
        if (_remaining.GetValueOrDefault(key) > 0)
        {
            _remaining[key]--;
            Baselined++;
            return finding with { Suppressed = true, Suppression = _suppression };
        }

        New++;
        return finding;
    }

    /// <summary>The entries no finding used up: what was fixed since the baseline was taken.</summary>
    public IReadOnlyList<BaselineEntry> FixedEntries() => _remaining.Where(r => r.Value > 0).SelectMany(r => Enumerable.Repeat(r.Key, r.Value)).ToList();
}
