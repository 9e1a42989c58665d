using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Engine.Spill;
using BackupPolicyLint.Evaluation;

namespace BackupPolicyLint.Engine;

/// <summary>
/// What the run keeps for its reports while plans are judged: every finding, a run per batch, and each plan in the
/// report's scope with its summary and evaluations. Both are held in memory up to their limits
/// (<see cref="CheckRequest.FindingsHeldInMemory"/>, <see cref="CheckRequest.PlansHeldInMemory"/>) and spilled to
/// temporary files past them, so memory does not grow with the run (docs/architecture.md, "Findings and outcomes on disk").
/// </summary>
internal sealed class ReportStore(CheckRequest options, Func<string, bool> inScope)
{
    public SortedRuns<Finding> Findings { get; } = new(FindingOrder.Instance, FindingCodec.Instance, options.FindingsHeldInMemory);

    public SortedRuns<PlanRecord> Plans { get; } = new(PlanRecord.Order, new PlanRecordCodec(), options.PlansHeldInMemory);

    /// <summary>The rules the report describes, gathered from the evaluations in scope (and later the findings reported).</summary>
    public ReportRules Rules { get; } = new();

    /// <summary>How many evaluations the plans in scope have: the report's outcome count.</summary>
    public int EvaluationCount { get; private set; }

    /// <summary>One run of findings (a batch's, or the end of the run's).</summary>
    public void AddFindings(IEnumerable<Finding> findings) => Findings.Add(findings);

    /// <summary>One run of judged plans; those outside the report's scope (--changed-since) are not kept.</summary>
    public void AddPlans(IReadOnlyList<IndexedPlan> plans, IReadOnlyList<EngineRun> runs, PolicySelection policy)
    {
        var records = new List<PlanRecord>();
        for (var i = 0; i < plans.Count; i++)
        {
            var (index, plan) = plans[i];
            var run = runs[i];
            if (!inScope(plan.File))
            {
                continue;
            }

            records.Add(new PlanRecord(index, PlanSummaries.Of(plan, policy), run.Evaluations));
            EvaluationCount += run.Evaluations.Count;
            foreach (var evaluation in run.Evaluations)
            {
                Rules.Add(evaluation);
            }
        }

        Plans.Add(records);
    }
}
