using BackupPolicyLint.Diagnostics;

namespace BackupPolicyLint.Reporting.Model;

/// <summary>
/// The verdict of a run by its --fail-on threshold, overall and per plan. The overall verdict counts every reported
/// finding, those tied to no plan included (an unreadable file), so it fails exactly when bpl exits 1.
/// </summary>
internal sealed record ReportVerdict(VerdictKind Overall, Severity? FailOn, int Failing, int Waived, IReadOnlyList<PlanVerdict> Plans)
{
    public static ReportVerdict Of(CheckReport report)
    {
        var threshold = report.Run.FailOn;
        bool AtThreshold(Finding f) => threshold is { } t && f.Severity <= t;

        // Made again each time it is read: a large run's verdicts would otherwise hold every plan's summary at once.
        var plans = new StreamedList<PlanVerdict>(report.Plans.Count, () => report.PlanReports
            .Select(p => (p.Plan, Counted: p.Findings.Where(AtThreshold).ToList()))
            .Select(p => new PlanVerdict(p.Plan, KindOf(p.Counted), p.Counted.Count(f => !f.Suppressed), p.Counted.Count(f => f.Suppressed))));
        var (failing, waived) = threshold is { } level ? (report.Counts.ReportedAtLeast(level), report.Counts.SuppressedAtLeast(level)) : (0, 0);
        var overall = failing > 0 ? VerdictKind.Fail : waived > 0 ? VerdictKind.PassWithWaivers : VerdictKind.Pass;
        return new ReportVerdict(overall, threshold, failing, waived, plans);
    }

    /// <summary>"fail-on error", or "fail-on none" when nothing fails a run.</summary>
    public string ThresholdText => $"fail-on {FailOn?.ToName() ?? "none"}";

    private static VerdictKind KindOf(IReadOnlyCollection<Finding> findings) =>
        findings.Any(f => !f.Suppressed) ? VerdictKind.Fail
        : findings.Count > 0 ? VerdictKind.PassWithWaivers
        : VerdictKind.Pass;
}
