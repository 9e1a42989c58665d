using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Engine.Spill;
using BackupPolicyLint.Evaluation;
using BackupPolicyLint.Loading.Discovery;
using BackupPolicyLint.Reporting;
using BackupPolicyLint.Reporting.Model;

namespace BackupPolicyLint.Engine;

/// <summary>
/// The run's findings as reported, made from the stored runs in report order: inline comments, then waivers (their uses
/// counted on a first read, since an unused waiver is itself a finding), fingerprints, the baseline, secrets masked, and
/// the narrowing to --changed-since. They are written once to the report's log, counted, and filed by plan for the
/// outcomes; nothing holds more than one file's findings at a time unless the run is small enough to hold them all.
/// </summary>
internal sealed class ReportedFindings
{
    /// <summary>How many findings the by-plan filing sorts at a time before it starts a new run.</summary>
    private const int ByPlanRun = 8192;

    private ReportedFindings(CheckRequest options)
    {
        Findings = new RecordLog<Finding>(FindingCodec.Instance, options.FindingsHeldInMemory);
        ByPlan = new SortedRuns<PlanFinding>(PlanFinding.Order, PlanFindingCodec.Instance, options.FindingsHeldInMemory);
    }

    /// <summary>Every finding reported, in report order.</summary>
    public RecordLog<Finding> Findings { get; }

    /// <summary>The reported findings an evaluation produced, in plan then report order.</summary>
    public SortedRuns<PlanFinding> ByPlan { get; }

    public FindingCounts Counts { get; } = new();

    /// <summary>With a baseline: what it hid, what it listed that is fixed, what is new.</summary>
    public BaselineCounts? Baseline { get; private set; }

    public static ReportedFindings Assemble(
        CheckRequest options,
        ReportStore store,
        Func<Finding, Finding> relabel,
        SuppressionStage suppression,
        IReadOnlyList<InputFile> commentable,
        JudgedPlans judged,
        Func<Finding, bool> reported)
    {
        var order = FindingOrder.Instance;
        var commentProblems = suppression.JudgeComments(commentable).Order(order).ToList();
        // The comments' own findings are not suppressed by comments (they never were), but may be waived.
        IEnumerable<Finding> Commented() => SortedRuns<Finding>.Merge([store.Findings.Merged().Select(relabel).Select(suppression.Inline), commentProblems], order);

        foreach (var finding in Commented())
        {
            suppression.Waive(finding, count: true);
        }

        var waiverProblems = suppression.WaiverProblems(commentable).Order(order).ToList();
        var suppressed = SortedRuns<Finding>.Merge([Commented().Select(f => suppression.Waive(f, count: false)), waiverProblems], order);

        var result = new ReportedFindings(options);
        var baseline = suppression.OpenBaseline();
        var fingerprinted = Fingerprints.Assign(suppressed);
        var matched = baseline is null ? fingerprinted : fingerprinted.Select(baseline.Match);
        var byPlan = new List<PlanFinding>();
        // Messages and subjects may quote a value from the files (a storage URI with its password): secrets are masked
        // here, after waivers, fingerprints and the baseline used them, so every format gets the masked text and no
        // fingerprint moves.
        foreach (var finding in matched.Where(reported).Select(RedactingReportWriter.Redacted))
        {
            if (judged.IndexOf(finding) is { } plan)
            {
                byPlan.Add(new PlanFinding(plan, result.Findings.Count, finding));
                if (byPlan.Count == ByPlanRun)
                {
                    result.ByPlan.Add(byPlan);
                    byPlan = [];
                }
            }

            result.Findings.Add(finding);
            result.Counts.Add(finding);
            store.Rules.Add(finding);
        }

        result.ByPlan.Add(byPlan);
        result.Findings.Complete();
        if (baseline is not null)
        {
            result.Baseline = new BaselineCounts(baseline.Baselined, baseline.FixedEntries().Count, baseline.New);
        }

        return result;
    }

    /// <summary>
    /// The plans in scope, in plan order, each with its findings and the outcomes they give its evaluations; made again on
    /// each read from what the store and the filing hold.
    /// </summary>
    public IEnumerable<PlanReport> PlanReports(ReportStore store)
    {
        using var findings = ByPlan.Merged().GetEnumerator();
        var more = findings.MoveNext();
        foreach (var record in store.Plans.Merged())
        {
            // Findings of plans outside the report's scope have no record.
            while (more && findings.Current.PlanIndex < record.Index)
            {
                more = findings.MoveNext();
            }

            var mine = new List<Finding>();
            while (more && findings.Current.PlanIndex == record.Index)
            {
                mine.Add(findings.Current.Finding);
                more = findings.MoveNext();
            }

            yield return new PlanReport(record.Summary, RuleOutcomes.Compute(record.Evaluations, mine), mine);
        }
    }
}
