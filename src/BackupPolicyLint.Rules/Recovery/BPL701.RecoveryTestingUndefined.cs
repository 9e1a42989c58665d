using BackupPolicyLint.Diagnostics;
using static BackupPolicyLint.Rules.Controls.ControlCatalog;

namespace BackupPolicyLint.Rules.BuiltIn.Recovery;

/// <summary>
/// A backup that has never been restored is an assumption; Neo4j's planning guidance asks how and how often recovery
/// is tested but gives no frequency, so the plan must set one. An invalid cadence is BPL002's, not this rule's.
/// </summary>
internal sealed class RecoveryTestingUndefined : PlanRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.RecoveryTestingUndefined,
        Name = "recovery-testing-undefined",
        Title = "The plan sets no restore-test cadence.",
        Category = RuleCategory.Recovery,
        Inputs = RuleInputs.Plan,
        Severities = DefaultSeverities.Parse("E/W/-"),
        OffReason = "restore testing is not required here",
        Controls = [Cp4, Cp9Testing, IsoContinuity, Soc2RecoveryTesting],
    };

    public override IEnumerable<Finding> Check(PlanContext context)
    {
        var plan = context.Plan;
        if (plan.Recovery?.Testing is { } testing && testing.Node.Entry("cadence") is not null)
        {
            yield break;
        }

        yield return context.Report(
            RecoveryNodes.TestingKey(plan, "cadence"),
            "No restore-test cadence is set (recovery.testing.cadence is missing), so nothing says how often a restore is proven to work; "
            + "agree a cadence such as 90d, set recovery.testing.cadence, and record each test in lastTested",
            Subjects.RecoveryTesting);
    }
}
