using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Model;
using static BackupPolicyLint.Rules.Controls.ControlCatalog;

namespace BackupPolicyLint.Rules.BuiltIn.Recovery;

/// <summary>
/// Restores go stale as versions, storage, credentials and people change; the cadence is the plan's answer to Neo4j's
/// "how often is recovery tested", and a lapsed one leaves recovery unverified. Strict: due exactly now is not overdue.
/// A cadence with no <c>lastTested</c> means no test is recorded: a never-tested restore is overdue.
/// </summary>
internal sealed class RecoveryTestOverdue : PlanRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.RecoveryTestOverdue,
        Name = "recovery-test-overdue",
        Title = "The last restore test is older than the restore-test cadence.",
        Category = RuleCategory.Recovery,
        Inputs = RuleInputs.Plan,
        Severities = DefaultSeverities.Parse("E/W/-"),
        OffReason = "restore testing is not required here",
        Controls = [Cp4, Cp9Testing, IsoContinuity, Soc2RecoveryTesting],
    };

    public override IEnumerable<Finding> Check(PlanContext context)
    {
        if (context.Plan.Recovery?.Testing is not { Cadence: { } cadence } testing)
        {
            yield break;
        }

        if (testing.LastTested is not { } lastTested)
        {
            if (testing.Node.Entry("lastTested") is null)
            {
                yield return context.Report(
                    testing,
                    "cadence",
                    $"recovery.testing.cadence is {Durations.Format(cadence)}, but no restore test is recorded (lastTested is missing), "
                    + "so the restore has never been proven to work; run the restore test and record its date in lastTested",
                    Subjects.RecoveryTesting);
            }

            yield break;
        }

        if (lastTested > context.Now)
        {
            yield break; // a test recorded in the future is BPL708's finding; no cadence can be measured from it
        }

        var due = lastTested + cadence;
        if (due < context.Now)
        {
            yield return context.Report(
                testing,
                "lastTested",
                $"The last restore test was on {RecoveryNodes.Format(lastTested)} and the cadence is {Durations.Format(cadence)}, so the next was due on "
                + $"{RecoveryNodes.Format(due)}; run the restore test and update lastTested, or change the cadence explicitly",
                Subjects.RecoveryTesting);
        }
    }
}
