using BackupPolicyLint.Diagnostics;
using static BackupPolicyLint.Rules.Controls.ControlCatalog;

namespace BackupPolicyLint.Rules.BuiltIn.Objectives;

/// <summary>
/// Neo4j's backup planning starts from how much data loss (RPO) and downtime (RTO) are acceptable; its scheduling
/// guidance ties the differential cadence to the RPO and the full cadence to the RTO. Without both numbers no one can
/// say whether the schedule is adequate, and BPL302/BPL304 have nothing to check against.
/// </summary>
internal sealed class ObjectivesUndefined : PlanRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.ObjectivesUndefined,
        Name = "objectives-undefined",
        Title = "The plan does not state its recovery point and recovery time objectives (rpo, rto).",
        Category = RuleCategory.ObjectivesAndScheduling,
        Inputs = RuleInputs.Plan,
        Severities = DefaultSeverities.Parse("E/W/-"),
        OffReason = "objectives are optional for throwaway environments",
        Controls = [Cp9, Cp10, IsoContinuity, Soc2Recovery],
    };

    public override IEnumerable<Finding> Check(PlanContext context)
    {
        var plan = context.Plan;
        var objectives = plan.Objectives;
        if (objectives is null)
        {
            yield return context.Report(
                plan.SpecNode.Entry("objectives")?.Key ?? plan.SpecNode,
                "The plan has no objectives, so nobody can tell whether its schedule is adequate; agree the tolerated data loss and downtime "
                + "with the data owners and add objectives.rpo and objectives.rto (e.g. rpo: 1h, rto: 4h)");
            yield break;
        }

        // A key that is present but unreadable is BPL002's; only keys that are absent (or null) count as missing here.
        var missing = new[] { "rpo", "rto" }.Where(key => objectives.Node.Get(key) is null or { IsNull: true }).ToList();
        if (missing.Count == 0)
        {
            yield break;
        }

        var what = missing.Count == 2 ? "neither rpo (tolerated data loss) nor rto (tolerated downtime)" : Explain(missing[0]);
        yield return context.Report(
            plan.SpecNode.Entry("objectives")?.Key ?? objectives.Node,
            $"objectives sets {what}, so the schedule and the restore cannot be judged against it; agree the value with the data owners and add "
            + string.Join(" and ", missing.Select(k => $"objectives.{k}")));
    }

    private static string Explain(string key) => key == "rpo" ? "no rpo (tolerated data loss)" : "no rto (tolerated downtime)";
}
