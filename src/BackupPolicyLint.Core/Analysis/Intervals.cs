using BackupPolicyLint.Model;

namespace BackupPolicyLint.Analysis;

/// <summary>The backup interval of a database: the longest gap between runs of the jobs that protect it.</summary>
internal static class Intervals
{
    /// <summary>
    /// The longest gap between consecutive scheduled runs of the backup and dump jobs covering the database,
    /// or null when no such job has a (valid) schedule.
    /// </summary>
    public static TimeSpan? BackupInterval(this BackupPlan plan, string database) =>
        Schedules.LongestGap(plan.ProtectingJobs(database).Select(j => j.Schedule).OfType<ISchedule>());
}
