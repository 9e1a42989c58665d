using BackupPolicyLint.Diagnostics;

namespace BackupPolicyLint.Suppressions;

/// <summary>
/// The waivers applied one finding at a time, so a run can stream its findings: the first waiver in force, in file
/// order, that targets a finding suppresses it. Counting is separate from applying, so a run may apply the waivers to
/// the same findings again without counting them twice.
/// </summary>
internal sealed class WaiverMatcher(IReadOnlyList<Waiver> waivers, Func<Finding, WaiverTarget> targetOf, DateOnly today)
{
    private readonly bool[] _missingExpiry = new bool[waivers.Count];
    private readonly Dictionary<string, int> _suppressed = new(StringComparer.Ordinal);

    /// <summary>How many findings each waiver suppressed, by where it is declared (counted findings only).</summary>
    public IReadOnlyDictionary<string, int> Suppressed => _suppressed;

    public Finding Apply(Finding finding, bool count)
    {
        if (finding.Suppressed)
        {
            return finding;
        }

        WaiverTarget? target = null;
        for (var i = 0; i < waivers.Count; i++)
        {
            var waiver = waivers[i];
            if (waiver.Expires is { } expires && expires < today || !string.Equals(finding.RuleId, waiver.RuleId, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            target ??= targetOf(finding);
            if (!Waivers.Matches(waiver, finding, target))
            {
                continue;
            }

            if (waiver.Expires is null && string.Equals(target.Environment, Waivers.ProductionEnvironment, StringComparison.OrdinalIgnoreCase))
            {
                _missingExpiry[i] |= count;
                continue;
            }

            if (count)
            {
                _suppressed[waiver.DeclaredAt] = _suppressed.GetValueOrDefault(waiver.DeclaredAt) + 1;
            }

            return finding with
            {
                Suppressed = true,
                Suppression = new Suppression(SuppressionKind.Waiver, waiver.Justification, waiver.Owner, waiver.Expires, waiver.DeclaredAt),
            };
        }

        return finding;
    }

    /// <summary>BPL005 for each waiver past its date, and for each without an expiry that met a production plan's finding; in waiver order.</summary>
    public IReadOnlyList<Finding> Problems()
    {
        var problems = new List<Finding>();
        for (var i = 0; i < waivers.Count; i++)
        {
            if (waivers[i].Expires is { } expires && expires < today)
            {
                problems.Add(Waivers.Expired(waivers[i], expires));
            }
            else if (_missingExpiry[i])
            {
                problems.Add(Waivers.MissingExpiry(waivers[i]));
            }
        }

        return problems;
    }
}
