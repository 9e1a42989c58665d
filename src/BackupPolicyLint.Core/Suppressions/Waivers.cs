using BackupPolicyLint.Diagnostics;

namespace BackupPolicyLint.Suppressions;

/// <summary>
/// Applies waivers: a live waiver suppresses the findings it targets and records why; an expired one suppresses
/// nothing and is itself BPL005 (the finding is back); a waiver without an expiry suppresses nothing in a production
/// plan (BPL005 says why), since accepted production risks must be reviewed again.
/// </summary>
internal static class Waivers
{
    public const string ProductionEnvironment = "production";

    public static IReadOnlyList<Finding> Apply(IReadOnlyList<Finding> findings, IReadOnlyList<Waiver> waivers, Func<Finding, WaiverTarget> targetOf, DateOnly today)
    {
        var matcher = new WaiverMatcher(waivers, targetOf, today);
        return [.. findings.Select(f => matcher.Apply(f, count: true)), .. matcher.Problems()];
    }

    /// <summary>BPL005 for a waiver past its date: it suppresses nothing.</summary>
    internal static Finding Expired(Waiver waiver, DateOnly expires) => DiagnosticIds.Create(
        DiagnosticIds.WaiverExpired,
        $"the waiver of {waiver.RuleId}{Describe(waiver)} expired on {SuppressionText(expires)}{(waiver.Owner is { } owner ? $" (owner {owner})" : "")}, so the findings it covered are reported again; fix them, or review the risk and renew the waiver with a new expiry",
        waiver.Span,
        SourceKind.Plan,
        subject: null,
        logicalPath: waiver.LogicalPath);

    /// <summary>BPL005 for a waiver without an expiry that matched findings of a production plan, which it therefore does not waive.</summary>
    internal static Finding MissingExpiry(Waiver waiver) => DiagnosticIds.Create(
        DiagnosticIds.WaiverExpired,
        $"the waiver of {waiver.RuleId} has no expiry date, and waivers of findings in production plans must expire, so those findings are not waived; add expires: (e.g. a date within a year) so the risk is reviewed again",
        waiver.Span,
        SourceKind.Plan,
        subject: null,
        logicalPath: waiver.LogicalPath);

    /// <summary>
    /// Each waiver with the number of findings it suppressed (<paramref name="counts"/>, by where the waiver is declared),
    /// and a BPL007 note for each in force that suppressed nothing although its target was checked. A waiver whose plan or
    /// file glob names nothing this run read is not called unused: a partial run (one plan, a pull request's paths)
    /// cannot know.
    /// </summary>
    public static (IReadOnlyList<WaiverUse> Uses, IReadOnlyList<Finding> Unused) Uses(
        IReadOnlyDictionary<string, int> counts, IReadOnlyList<Waiver> waivers, IReadOnlySet<string> checkedPlans, IReadOnlyList<string> checkedFiles, DateOnly today)
    {
        var uses = new List<WaiverUse>();
        var unused = new List<Finding>();
        foreach (var waiver in waivers)
        {
            var suppressed = counts.GetValueOrDefault(waiver.DeclaredAt);
            var state = waiver.Expires is { } expires && expires < today ? WaiverState.Expired
                : suppressed > 0 ? WaiverState.Used
                : TargetChecked(waiver, checkedPlans, checkedFiles) ? WaiverState.Unused
                : WaiverState.TargetNotChecked;
            uses.Add(new WaiverUse(waiver, suppressed, state));
            if (state == WaiverState.Unused)
            {
                unused.Add(DiagnosticIds.Create(
                    DiagnosticIds.WaiverUnused,
                    $"the waiver of {waiver.RuleId}{Describe(waiver)} suppressed no finding in this run; if the risk it accepted is gone, delete it so it cannot hide a new finding later",
                    waiver.Span,
                    SourceKind.Plan,
                    subject: null,
                    logicalPath: waiver.LogicalPath));
            }
        }

        return (uses, unused);
    }

    private static bool TargetChecked(Waiver waiver, IReadOnlySet<string> checkedPlans, IReadOnlyList<string> checkedFiles) =>
        (waiver.Plan is not { } plan || checkedPlans.Contains(plan))
        && (waiver.FileGlob is not { } glob || checkedFiles.Any(file => Glob.IsMatch(glob, Path.GetRelativePath(waiver.BaseDirectory, file))));

    private static string Describe(Waiver waiver)
    {
        var parts = new List<string>();
        if (waiver.Plan is { } plan) parts.Add($"plan '{plan}'");
        if (waiver.FileGlob is { } file) parts.Add($"file '{file}'");
        if (waiver.Subject is { } subject) parts.Add($"subject '{subject}'");
        return parts.Count == 0 ? "" : $" for {string.Join(", ", parts)}";
    }

    private static string SuppressionText(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    internal static bool Matches(Waiver waiver, Finding finding, WaiverTarget target)
    {
        if (waiver.Plan is { } plan && !string.Equals(plan, target.PlanName, StringComparison.Ordinal))
        {
            return false;
        }

        if (waiver.FileGlob is { } glob && !Glob.IsMatch(glob, Path.GetRelativePath(waiver.BaseDirectory, target.FullPath)))
        {
            return false;
        }

        return waiver.Subject is not { } subject || (finding.Subject is { } actual && Glob.IsMatch(subject, actual));
    }
}
