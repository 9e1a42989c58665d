using BackupPolicyLint.Model;
using Cronos;

namespace BackupPolicyLint.Loading.Plans;

/// <summary>
/// A 5-field UTC cron schedule (or a macro such as <c>@daily</c>) read as cron daemons run it, expanded by Cronos.
/// When both day fields are restricted (neither starts with <c>*</c> or <c>?</c>), Vixie cron, cronie and Kubernetes run
/// the job on days matching EITHER field (<c>0 2 1 * 1</c>: the 1st and every Monday); Cronos alone requires both, so
/// such a schedule is two expressions whose runs are merged.
/// </summary>
internal sealed class CronSchedule : ISchedule
{
    private readonly CronExpression[] _expressions;

    private CronSchedule(string text, CronExpression[] expressions, bool repeatsWeekly)
    {
        Expression = text;
        _expressions = expressions;
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
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Parsed> Shared = new(StringComparer.Ordinal);

    /// <summary>
    /// A parse result held by reference: a dictionary whose values are value tuples is a framework generic that ReadyToRun
    /// code cannot hold, and was 15 methods JIT-compiled at every start (docs/performance.md, "Cold start").
    /// </summary>
    private sealed record Parsed(CronSchedule? Schedule, string? Problem);

    /// <summary>Parses a schedule, or says in one sentence why it is not one.</summary>
    public static bool TryParse(string text, out CronSchedule? schedule, out string? problem)
    {
        if (!Shared.TryGetValue(text, out var parsed))
        {
            var (parsedSchedule, parsedProblem) = Parse(text);
            parsed = new Parsed(parsedSchedule, parsedProblem);
            if (Shared.Count < MaxShared)
            {
                Shared.TryAdd(text, parsed);
            }
        }

        (schedule, problem) = (parsed.Schedule, parsed.Problem);
        return schedule is not null;
    }

    /// <summary>The macros cron daemons accept, as the 5 fields they stand for.</summary>
    private static readonly Dictionary<string, string> Macros = new(StringComparer.OrdinalIgnoreCase)
    {
        ["@yearly"] = "0 0 1 1 *",
        ["@annually"] = "0 0 1 1 *",
        ["@monthly"] = "0 0 1 * *",
        ["@weekly"] = "0 0 * * 0",
        ["@daily"] = "0 0 * * *",
        ["@midnight"] = "0 0 * * *",
        ["@hourly"] = "0 * * * *",
    };

    private static (CronSchedule? Schedule, string? Problem) Parse(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.StartsWith('@'))
        {
            if (trimmed.Equals("@reboot", StringComparison.OrdinalIgnoreCase))
            {
                return (null, "runs only when the host boots, so it gives no backup interval; use a 5-field cron schedule (UTC)");
            }

            if (!Macros.TryGetValue(trimmed, out var expanded))
            {
                return (null, $"is not a cron macro ({string.Join(", ", Macros.Keys)}); use one of them or a 5-field cron schedule (UTC)");
            }

            trimmed = expanded;
        }

        var fields = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (fields.Length != 5)
        {
            return (null, $"has {fields.Length} fields; a schedule is 5-field cron (minute hour day-of-month month day-of-week) or a macro such as @daily, UTC");
        }

        try
        {
            if (IsRestricted(fields[2]) && IsRestricted(fields[4]))
            {
                // Either day field: the days of the month, plus the days of the week.
                var byDayOfMonth = CronExpression.Parse($"{fields[0]} {fields[1]} {fields[2]} {fields[3]} *", CronFormat.Standard);
                var byDayOfWeek = CronExpression.Parse($"{fields[0]} {fields[1]} * {fields[3]} {fields[4]}", CronFormat.Standard);
                return (new CronSchedule(text, [byDayOfMonth, byDayOfWeek], repeatsWeekly: false), null);
            }

            var expression = CronExpression.Parse(string.Join(' ', fields), CronFormat.Standard);
            return (new CronSchedule(text, [expression], IsAny(fields[2]) && IsAny(fields[3]) && !IsMonthly(fields[4])), null);
        }
        catch (CronFormatException ex)
        {
            return (null, $"is not a valid cron schedule: {ex.Message.Replace("The given cron expression has an invalid format. ", "", StringComparison.Ordinal).TrimEnd('.')}");
        }
    }

    /// <summary>A day field restricts the days unless it starts with * or ? (cronie's rule: <c>*/2</c> counts as unrestricted).</summary>
    private static bool IsRestricted(string field) => !field.StartsWith('*') && !field.StartsWith('?');

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

        var runs = _expressions.Length == 1
            ? Collect(_expressions[0].GetOccurrences(fromUtc, toUtc, fromInclusive: true, toInclusive: false))
            : _expressions.SelectMany(e => e.GetOccurrences(fromUtc, toUtc, fromInclusive: true, toInclusive: false)).Distinct().Order().ToArray();
        _cached = new Expansion(fromUtc, toUtc, runs);
        return runs;
    }

    private Expansion? _cached;

    /// <summary>
    /// A loop, not <c>Enumerable.ToArray</c>: its builder over <c>DateTime</c> (segments, pooled arrays, spans) is framework
    /// generic code that ReadyToRun cannot hold, about 25 methods JIT-compiled at every start (docs/performance.md).
    /// </summary>
    private static DateTime[] Collect(IEnumerable<DateTime> occurrences)
    {
        var runs = new DateTime[64];
        var count = 0;
        foreach (var run in occurrences)
        {
            if (count == runs.Length)
            {
                var larger = new DateTime[count * 2];
                Array.Copy(runs, larger, count);
                runs = larger;
            }

            runs[count++] = run;
        }

        var exact = new DateTime[count];
        Array.Copy(runs, exact, count);
        return exact;
    }

    private sealed record Expansion(DateTime From, DateTime To, DateTime[] Runs);

    /// <summary><c>5#3</c> (the third Friday) and <c>5L</c> (the last Friday) repeat monthly, not weekly.</summary>
    private static bool IsMonthly(string dayOfWeek) => dayOfWeek.Contains('#') || dayOfWeek.Contains('L', StringComparison.OrdinalIgnoreCase);

    private static bool IsAny(string field) => field is "*" or "?" or "*/1";
}
