using BackupPolicyLint.Model;

namespace BackupPolicyLint.Analysis;

/// <summary>
/// Expands cron schedules over a reference period. Weekly-repeating schedules are exact over one week
/// (with wrap-around); schedules restricted by day of month or month are expanded over a longer horizon.
/// </summary>
internal static class Schedules
{
    /// <summary>A Monday, 00:00 UTC: the reference week starts here.</summary>
    public static readonly DateTime ReferenceStart = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static readonly TimeSpan Week = TimeSpan.FromDays(7);

    /// <summary>Long enough to see a yearly schedule run twice (2024 is a leap year).</summary>
    public static readonly TimeSpan LongHorizon = TimeSpan.FromDays(800);

    public static TimeSpan HorizonFor(ISchedule schedule) => schedule.RepeatsWeekly ? Week : LongHorizon;

    /// <summary>The runs of one schedule over its reference period.</summary>
    public static IEnumerable<DateTime> ReferenceRuns(ISchedule schedule) =>
        schedule.Occurrences(ReferenceStart, ReferenceStart + HorizonFor(schedule));

    /// <summary>
    /// The longest gap between two consecutive runs of any of the schedules, or null when none runs at all.
    /// </summary>
    public static TimeSpan? LongestGap(IEnumerable<ISchedule> schedules)
    {
        var list = schedules.ToList();
        if (list.Count == 0)
        {
            return null;
        }

        // The gap depends only on the set of schedules; rules ask for it per database and per rule, and an estate's
        // plans share a handful of schedule sets. Profiled: merging and sorting the runs was half the rules' time.
        var key = string.Join('\n', list.Select(s => $"{s.GetType().FullName} {s.Expression}").Order(StringComparer.Ordinal));
        if (GapCache.TryGetValue(key, out var cached))
        {
            return cached.Gap;
        }

        var gap = ComputeLongestGap(list);
        if (GapCache.Count < MaxCachedGaps)
        {
            GapCache.TryAdd(key, new CachedGap(gap));
        }

        return gap;
    }

    private const int MaxCachedGaps = 10_000;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, CachedGap> GapCache = new(StringComparer.Ordinal);

    /// <summary>
    /// A gap held by reference: a dictionary whose values are <c>TimeSpan?</c> is a framework generic that ReadyToRun code
    /// cannot hold, and was 15 methods JIT-compiled at every start (docs/performance.md, "Cold start").
    /// </summary>
    private sealed record CachedGap(TimeSpan? Gap);

    private static TimeSpan? ComputeLongestGap(List<ISchedule> list)
    {
        var weekly = list.TrueForAll(s => s.RepeatsWeekly);
        var horizon = weekly ? Week : LongHorizon;

        // Each schedule's runs come in order (ISchedule.Occurrences), so they are merged rather than pooled and sorted:
        // a List<DateTime> and its sort are framework generics that ReadyToRun cannot hold, JIT-compiled at every start.
        var runs = new DateTime[list.Count][];
        for (var s = 0; s < list.Count; s++)
        {
            var occurrences = list[s].Occurrences(ReferenceStart, ReferenceStart + horizon);
            runs[s] = occurrences as DateTime[] ?? occurrences.ToArray();
        }

        var next = new int[list.Count];
        var (count, first, previous, longest) = (0, default(DateTime), default(DateTime), TimeSpan.Zero);
        while (true)
        {
            var earliest = -1;
            for (var s = 0; s < runs.Length; s++)
            {
                if (next[s] < runs[s].Length && (earliest < 0 || runs[s][next[s]] < runs[earliest][next[earliest]]))
                {
                    earliest = s;
                }
            }

            if (earliest < 0)
            {
                break;
            }

            var run = runs[earliest][next[earliest]++];
            if (count == 0)
            {
                first = run;
            }
            else if (run - previous > longest)
            {
                longest = run - previous;
            }

            previous = run;
            count++;
        }

        if (count == 0)
        {
            return null;
        }

        // A weekly pattern wraps: the gap from the last run of the week to the first run of the next.
        // Over the long horizon a single run means "at most once in that horizon".
        var closing = weekly ? first + Week - previous : (count == 1 ? horizon : TimeSpan.Zero);
        return closing > longest ? closing : longest;
    }
}
