using BackupPolicyLint.Analysis;
using BackupPolicyLint.Diagnostics;
using static BackupPolicyLint.Rules.Controls.ControlCatalog;

namespace BackupPolicyLint.Rules.BuiltIn.Objectives;

/// <summary>
/// A backup loads the DBMS: a full forces a checkpoint on the source and reads the whole store, competing with queries
/// for disk and network, and neo4j-admin itself is CPU- and memory-hungry. Jobs should run in the quiet hours the
/// team declared. The window is UTC and half-open; each backup/dump job is reported once, with one example run.
/// </summary>
internal sealed class OutsideOffPeakWindow : PlanRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.OutsideOffPeakWindow,
        Name = "outside-off-peak-window",
        Title = "A backup or dump job's schedule has runs outside the plan's off-peak window.",
        Category = RuleCategory.ObjectivesAndScheduling,
        Inputs = RuleInputs.Plan,
        Severities = DefaultSeverities.Parse("W/N/-"),
        OffReason = "off-peak windows rarely matter outside production",
        Controls = [Cp9, IsoBackup, Soc2Recovery],
    };

    public override IEnumerable<Finding> Check(PlanContext context)
    {
        if (context.Plan.Objectives?.OffPeakWindow is not { } window)
        {
            yield break;
        }

        foreach (var job in context.Plan.Jobs.Where(j => j.ProtectsData))
        {
            if (job.Schedule is not { } schedule)
            {
                continue;
            }

            var outside = Schedules.ReferenceRuns(schedule).Where(run => !window.Contains(run)).Take(1).ToList();
            if (outside.Count == 0)
            {
                continue;
            }

            yield return context.Report(
                job,
                "schedule",
                $"Job '{job.Name}' (schedule '{schedule.Expression}') runs outside objectives.offPeakWindow '{window}' (UTC, end excluded), "
                + $"e.g. at {outside[0]:HH:mm} UTC; move the schedule into the window, or widen the window if the job must run around the clock",
                Subjects.Job(job));
        }
    }
}
