using BackupPolicyLint.Diagnostics;
using static BackupPolicyLint.Rules.Controls.ControlCatalog;

namespace BackupPolicyLint.Rules.BuiltIn.Recovery;

/// <summary>
/// A <c>lastTested</c> after the time of the check records a test that has not happened: BPL702 would measure the cadence
/// from it and never call the test overdue (9999-12-31 silences it for good). A typo or a planned date, either way the
/// last real test is unknown.
/// </summary>
internal sealed class RecoveryTestDateInFuture : PlanRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.RecoveryTestDateInFuture,
        Name = "recovery-test-date-in-future",
        Title = "The recorded date of the last restore test is in the future.",
        Category = RuleCategory.Recovery,
        Inputs = RuleInputs.Plan,
        Severities = DefaultSeverities.Parse("E/W/-"),
        OffReason = "restore testing is not judged here",
        Controls = [Cp4, Cp9Testing, IsoContinuity, Soc2RecoveryTesting],
    };

    public override Applicability Applies(PlanContext context) => context.Plan.Recovery?.Testing?.LastTested is not null
        ? Applicability.Applicable
        : Applicability.NotApplicable("the plan records no restore test date (recovery.testing.lastTested)");

    public override IEnumerable<Finding> Check(PlanContext context)
    {
        if (context.Plan.Recovery?.Testing is not { LastTested: { } lastTested } testing || lastTested <= context.Now)
        {
            yield break;
        }

        yield return context.Report(
            testing,
            "lastTested",
            $"recovery.testing.lastTested is {RecoveryNodes.Format(lastTested)}, after the time of this check ({RecoveryNodes.Format(context.Now)}), "
            + "so it records a restore test that has not happened, and the cadence measured from it would never fall due; "
            + "record the date of the last restore test that really ran (or remove lastTested if none has)",
            Subjects.RecoveryTesting);
    }
}
