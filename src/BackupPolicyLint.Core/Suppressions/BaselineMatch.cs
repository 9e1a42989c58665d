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
        var matcher = new BaselineMatcher(entries, keyOf, baselineDisplay);
        var result = findings.Select(matcher.Match).ToList();
        var fixedEntries = matcher.FixedEntries();
        return new BaselineMatch(result, matcher.Baselined, fixedEntries.Count, matcher.New, fixedEntries);
    }
}
