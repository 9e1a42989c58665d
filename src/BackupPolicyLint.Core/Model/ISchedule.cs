namespace BackupPolicyLint.Model;

/// <summary>A parsed cron schedule (UTC). Implemented by the loader, so the model stays free of a cron library.</summary>
public interface ISchedule
{
    /// <summary>The cron expression as written.</summary>
    string Expression { get; }

    /// <summary>True when the day-of-month and month fields are unrestricted, so the schedule repeats every week.</summary>
    bool RepeatsWeekly { get; }

    /// <summary>Occurrences in [fromUtc, toUtc), in order.</summary>
    IEnumerable<DateTime> Occurrences(DateTime fromUtc, DateTime toUtc);
}
