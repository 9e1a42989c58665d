using BackupPolicyLint.Diagnostics;

namespace BackupPolicyLint.Suppressions;

/// <summary>What applying a baseline did: the findings (baselined ones suppressed) and the counts a summary shows.</summary>
internal sealed record BaselineMatch(IReadOnlyList<Finding> Findings, int Baselined, int Fixed, int New, IReadOnlyList<BaselineEntry> FixedEntries);

/// <summary>
/// Hides exactly the findings a baseline lists. Entries are counted, so two equal findings need two entries; a finding
/// of the same rule at another element or in another file is new.
/// </summary>
internal static class Baselines
{
    public const string DeclaredAt = "baseline";

    public static BaselineMatch Apply(IReadOnlyList<Finding> findings, IReadOnlyList<BaselineEntry> entries, Func<Finding, BaselineEntry> keyOf, string baselineDisplay)
    {
        var remaining = new Dictionary<BaselineEntry, int>();
        foreach (var entry in entries)
        {
            remaining[entry] = remaining.GetValueOrDefault(entry) + 1;
        }

        var result = new List<Finding>(findings.Count);
        int baselined = 0, fresh = 0;
        foreach (var finding in findings)
        {
            if (finding.Suppressed)
            {
                result.Add(finding);
                continue;
            }

            var key = keyOf(finding);
            if (remaining.GetValueOrDefault(key) > 0)
            {
                remaining[key]--;
                baselined++;
                result.Add(finding with
                {
                    Suppressed = true,
                    Suppression = new Suppression(SuppressionKind.Baseline, "known before the baseline was taken; hidden until fixed", null, null, baselineDisplay),
                });
            }
            else
            {
                fresh++;
                result.Add(finding);
            }
        }

        var fixedEntries = remaining.Where(r => r.Value > 0).SelectMany(r => Enumerable.Repeat(r.Key, r.Value)).ToList();
        return new BaselineMatch(result, baselined, fixedEntries.Count, fresh, fixedEntries);
    }
}
