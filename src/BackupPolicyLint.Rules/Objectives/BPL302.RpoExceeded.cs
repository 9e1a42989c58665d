using BackupPolicyLint.Analysis;
using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Model;
using static BackupPolicyLint.Rules.Controls.ControlCatalog;

namespace BackupPolicyLint.Rules.BuiltIn.Objectives;

/// <summary>
/// What was written since the last backup is lost on restore, so the longest gap between backups bounds the data
/// loss. Neo4j's scheduling guidance sets the RPO with the differential cadence (diffs every 15 minutes give an RPO of
/// about 15 minutes). Per database; a covered database whose jobs never run on a schedule has no bound at all.
/// </summary>
internal sealed class RpoExceeded : PlanRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.RpoExceeded,
        Name = "rpo-exceeded",
        Title = "A database's backup interval is longer than the plan's recovery point objective.",
        Category = RuleCategory.ObjectivesAndScheduling,
        Inputs = RuleInputs.Plan,
        Severities = DefaultSeverities.Parse("E/E/W"),
        Controls = [Cp9, IsoBackup, IsoContinuity, Soc2Recovery],
    };

    public override IEnumerable<Finding> Check(PlanContext context)
    {
        var plan = context.Plan;
        if (plan.Objectives?.Rpo is not { } rpo)
        {
            yield break;
        }

        foreach (var database in plan.DeclaredStandardDatabases())
        {
            var name = database.Name;
            var jobs = plan.ProtectingJobs(name).ToList();

            // Uncovered databases are BPL101/BPL102's; an unparseable schedule (BPL002) leaves the interval unknown.
            if (jobs.Count == 0 || jobs.Exists(j => j.ScheduleText is not null && j.Schedule is null))
            {
                continue;
            }

            var jobNames = string.Join(", ", jobs.Select(j => $"'{j.Name}'"));
            var rpoText = plan.Objectives.Node.Get("rpo")?.Text ?? Durations.Format(rpo);
            if (plan.BackupInterval(name) is not { } interval)
            {
                yield return context.Report(
                    database,
                    "name",
                    $"Database '{name}' has no scheduled backup: no job that covers it ({jobNames}) has a schedule that runs, so nothing bounds "
                    + $"the data lost on restore to objectives.rpo {rpoText}; give the jobs a cron schedule (UTC) at least every {rpoText}",
                    Subjects.Database(name));
            }
            else if (interval > rpo)
            {
                yield return context.Report(
                    database,
                    "name",
                    $"Database '{name}' can go {Durations.Format(interval)} without a backup (longest gap between runs of {jobNames}), longer than "
                    + $"objectives.rpo {rpoText}; schedule backups (e.g. differentials) so that no gap exceeds {rpoText}, or agree a longer rpo",
                    Subjects.Database(name));
            }
        }
    }
}
