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

        var counted = report.Findings.Where(AtThreshold).ToList();
        var byPlan = counted.Where(f => f.PlanId is not null).ToLookup(f => f.PlanId!, StringComparer.Ordinal);
        var plans = report.Plans
            .Select(p => byPlan[p.Id].ToList())
            .Select((findings, i) => new PlanVerdict(report.Plans[i], KindOf(findings), findings.Count(f => !f.Suppressed), findings.Count(f => f.Suppressed)))
            .ToList();
        return new ReportVerdict(KindOf(counted), threshold, counted.Count(f => !f.Suppressed), counted.Count(f => f.Suppressed), plans);
    }

    /// <summary>"fail-on error", or "fail-on none" when nothing fails a run.</summary>
    public string ThresholdText => $"fail-on {FailOn?.ToName() ?? "none"}";

    private static VerdictKind KindOf(IReadOnlyCollection<Finding> findings) =>
        findings.Any(f => !f.Suppressed) ? VerdictKind.Fail
        : findings.Count > 0 ? VerdictKind.PassWithWaivers
        : VerdictKind.Pass;
}
