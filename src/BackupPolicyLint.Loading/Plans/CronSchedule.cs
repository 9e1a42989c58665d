using BackupPolicyLint.Model;
using Cronos;

namespace BackupPolicyLint.Loading.Plans;

/// <summary>A 5-field UTC cron schedule, parsed by Cronos.</summary>
public sealed class CronSchedule : ISchedule
{
    private readonly CronExpression _expression;

    private CronSchedule(string text, CronExpression expression, bool repeatsWeekly)
    {
        Expression = text;
        _expression = expression;
        RepeatsWeekly = repeatsWeekly;
    }

    public string Expression { get; }

    public bool RepeatsWeekly { get; }

    private const int MaxShared = 10_000;

    /// <summary>
    /// A schedule is immutable (its expansion cache is swapped atomically), so one instance per text serves every job
    /// that uses it: an estate has thousands of jobs and a few dozen schedules, and each instance parsed and expanded
    /// its week on its own before.
    /// </summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, (CronSchedule? Schedule, string? Problem)> Shared = new(StringComparer.Ordinal);

    /// <summary>Parses a schedule, or says in one sentence why it is not one.</summary>
    public static bool TryParse(string text, out CronSchedule? schedule, out string? problem)
    {
        if (!Shared.TryGetValue(text, out var parsed))
        {
            parsed = Parse(text);
            if (Shared.Count < MaxShared)
            {
                Shared.TryAdd(text, parsed);
            }
        }

        (schedule, problem) = parsed;
        return schedule is not null;
    }

    private static (CronSchedule? Schedule, string? Problem) Parse(string text)
    {
        var fields = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (fields.Length != 5)
        {
            return (null, $"has {fields.Length} fields; a schedule is 5-field cron (minute hour day-of-month month day-of-week), UTC");
        }

        try
        {
            var expression = CronExpression.Parse(string.Join(' ', fields), CronFormat.Standard);
            return (new CronSchedule(text, expression, IsAny(fields[2]) && IsAny(fields[3])), null);
        }
        catch (CronFormatException ex)
        {
            return (null, $"is not a valid cron schedule: {ex.Message.Replace("The given cron expression has an invalid format. ", "", StringComparison.Ordinal).TrimEnd('.')}");
        }
    }

    /// <summary>
    /// Rules ask for the same reference period again and again (per database, per rule), so the last expansion is kept;
    /// the holder is replaced atomically, which makes the cache safe to share across threads.
    /// </summary>
    public IEnumerable<DateTime> Occurrences(DateTime fromUtc, DateTime toUtc)
    {
        var cached = _cached;
        if (cached is not null && cached.From == fromUtc && cached.To == toUtc)
        {
            return cached.Runs;
        }

        var runs = _expression.GetOccurrences(fromUtc, toUtc, fromInclusive: true, toInclusive: false).ToArray();
        _cached = new Expansion(fromUtc, toUtc, runs);
        return runs;
    }

    private Expansion? _cached;

    private sealed record Expansion(DateTime From, DateTime To, DateTime[] Runs);

    private static bool IsAny(string field) => field is "*" or "?" or "*/1";
}
