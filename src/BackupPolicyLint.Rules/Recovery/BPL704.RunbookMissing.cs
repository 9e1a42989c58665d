using BackupPolicyLint.Diagnostics;
using static BackupPolicyLint.Rules.Controls.ControlCatalog;

namespace BackupPolicyLint.Rules.BuiltIn.Recovery;

/// <summary>
/// A restore has steps that are easy to get wrong under pressure (chain, seed, CREATE DATABASE, metadata); a plan that
/// points at a runbook that is not there suggests a procedure that does not exist. No runbook entry: quiet.
/// </summary>
internal sealed class RunbookMissing : PlanRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.RunbookMissing,
        Name = "runbook-missing",
        Title = "The restore runbook named by the plan does not exist.",
        Category = RuleCategory.Recovery,
        Inputs = RuleInputs.Plan,
        Severities = DefaultSeverities.Parse("W/W/-"),
        OffReason = "runbooks are not required here",
        Controls = [Cp4, Cp10, IsoContinuity, Soc2RecoveryTesting],
    };

    public override IEnumerable<Finding> Check(PlanContext context)
    {
        // The loader resolves the path relative to the plan file; rules never touch the file system.
        if (context.Plan.Recovery?.Testing is not { Runbook: { } runbook, RunbookExists: false } testing)
        {
            yield break;
        }

        yield return context.Report(
            testing,
            "runbook",
            $"recovery.testing.runbook is '{runbook}', but no file exists at that path (relative to the plan file); "
            + "write the restore runbook there and keep it under version control next to the plan, or correct the path",
            Subjects.RecoveryTesting);
    }
}
