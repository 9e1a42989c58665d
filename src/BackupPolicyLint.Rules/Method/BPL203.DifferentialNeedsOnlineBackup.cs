using BackupPolicyLint.Diagnostics;
using static BackupPolicyLint.Rules.Controls.ControlCatalog;

namespace BackupPolicyLint.Rules.BuiltIn.Method;

/// <summary>
/// Only neo4j-admin database backup (Enterprise) takes differentials, shipping the transactions since the previous
/// artifact; a dump is always full, a copy writes a new store. The schema accepts <c>type</c> on any command.
/// </summary>
internal sealed class DifferentialNeedsOnlineBackup : PlanRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.DifferentialNeedsOnlineBackup,
        Name = "differential-needs-online-backup",
        Title = "A job other than an online backup is declared as a differential.",
        Category = RuleCategory.MethodAndEdition,
        Inputs = RuleInputs.Plan | RuleInputs.Scripts,
        Severities = DefaultSeverities.Parse("E/E/E"),
        Controls = [Cp9, IsoBackup, Soc2Recovery],
    };

    public override Applicability Applies(PlanContext context) => context.Plan.Jobs.Any(j => j.IsDifferential)
        ? Applicability.Applicable
        : Applicability.NotApplicable("no job is of type diff");

    public override IEnumerable<Finding> Check(PlanContext context)
    {
        foreach (var job in context.Plan.Jobs.Where(j => j.IsDifferential && !j.IsBackup))
        {
            var nature = job.IsDump ? "a dump is always a full copy of the database"
                : job.IsCopy ? "a copy writes a whole new store"
                : "a file-system copy is not a supported backup at all (BPL206)";
            yield return context.Report(
                job,
                "type",
                $"Job '{job.Name}' runs `{job.Command}` with type 'diff', but only an online `backup` takes differentials ({nature}); "
                + "remove `type`, or use `command: backup` with `type: diff` anchored by a full backup",
                Subjects.Job(job));
        }
    }
}
