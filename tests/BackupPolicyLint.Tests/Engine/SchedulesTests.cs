using BackupPolicyLint.Analysis;
using BackupPolicyLint.Loading.Plans;
using BackupPolicyLint.Model;
using CsCheck;
using Xunit;

namespace BackupPolicyLint.Tests.Engine;

public sealed class SchedulesTests
{
    private static ISchedule Cron(string text) => CronSchedule.TryParse(text, out var schedule, out var problem) ? schedule! : throw new ArgumentException(problem);

    [Theory]
    [InlineData("0 2 * * *", 24 * 60)]
    [InlineData("0 * * * *", 60)]
    [InlineData("*/15 * * * *", 15)]
    [InlineData("0 2 * * 1-5", 72 * 60)] // Friday 02:00 → Monday 02:00
    [InlineData("0 3 * * 0", 7 * 24 * 60)]
    public void LongestGap_OfOneSchedule(string cron, int minutes)
    {
        Assert.Equal(TimeSpan.FromMinutes(minutes), Schedules.LongestGap([Cron(cron)]));
    }

    [Fact]
    public void LongestGap_OfSeveralSchedules_IsTheGapOfTheMergedRuns()
    {
        // Nightly full at 02:00 plus diffs every 6 hours from 08:00: the longest gap is 02:00 → 08:00.
        Assert.Equal(TimeSpan.FromHours(6), Schedules.LongestGap([Cron("0 2 * * *"), Cron("0 8,14,20 * * *")]));
    }

    [Theory]
    [InlineData("0 20 * * *|0 2 * * *", 18 * 60)]           // given latest first: merged in time order, not list order
    [InlineData("0 2 * * *|0 2 * * *|0 2 1 * *", 24 * 60)]  // the same runs twice, and a monthly one: the long horizon
    [InlineData("0 2 1 * *|0 2 15 * *", 17 * 24 * 60)]      // the 15th to the 1st of a 31-day month
    [InlineData("0 2 * * 1|0 3 * * 1", (7 * 24 - 1) * 60)]  // the week wraps from Monday 03:00 to Monday 02:00
    public void LongestGap_OfASetOfSchedules(string crons, int minutes)
    {
        Assert.Equal(TimeSpan.FromMinutes(minutes), Schedules.LongestGap(crons.Split('|').Select(Cron)));
    }

    [Fact]
    public void LongestGap_OfAMonthlySchedule_SpansTheLongestMonth()
    {
        Assert.Equal(TimeSpan.FromDays(31), Schedules.LongestGap([Cron("0 1 1 * *")]));
    }

    [Fact]
    public void LongestGap_OfNoSchedule_IsNull()
    {
        Assert.Null(Schedules.LongestGap([]));
    }

    [Fact]
    public void AddingAJob_NeverLengthensTheGap()
    {
        var field = Gen.Int[0, 59].Select(m => m.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var hours = Gen.Int[0, 23].Array[1, 4].Select(h => string.Join(',', h.Distinct().Order()));
        var weekdays = Gen.OneOf("*", "1-5", "0,6", "1", "3");
        var schedule = Gen.Select(field, hours, weekdays, (m, h, d) => $"{m} {h} * * {d}");

        Gen.Select(schedule.Array[1, 4], schedule).Sample((existing, added) =>
        {
            var before = Schedules.LongestGap(existing.Select(Cron))!.Value;
            var after = Schedules.LongestGap(existing.Append(added).Select(Cron))!.Value;
            return after <= before;
        }, iter: PropertyIterations.Count);
    }

    [Theory]
    [InlineData("0 2 1 * 1", 7 * 24 * 60)]          // the 1st and every Monday (either day field), not Mondays that are the 1st
    [InlineData("30 4 1,15 * 5", 7 * 24 * 60)]      // crontab(5)'s own example: the 1st, the 15th and every Friday
    [InlineData("0 0 */2 * 1", 21 * 24 * 60)]       // a day-of-month starting with * is unrestricted: Mondays on odd days (23rd → 13th)
    [InlineData("@hourly", 60)]
    [InlineData("@daily", 24 * 60)]
    [InlineData("@midnight", 24 * 60)]
    [InlineData("@weekly", 7 * 24 * 60)]
    [InlineData("@monthly", 31 * 24 * 60)]
    [InlineData("0 3 * * MON-FRI", 72 * 60)]
    [InlineData("0 3 * JAN-DEC SUN", 7 * 24 * 60)]
    [InlineData("0 2 L * *", 31 * 24 * 60)]         // the last day of each month: Jan 31 → Feb 29 (2024) is 29 days, Feb 29 → Mar 31 is 31
    [InlineData("0 2 * * 5#3", 35 * 24 * 60)]       // the third Friday: 4 or 5 weeks apart
    [InlineData("0 2 15W * *", 32 * 24 * 60)]       // the weekday nearest the 15th: Fri 14th (the 15th a Saturday) → the 15th a month of 31 days later
    [InlineData("0 2 * * 5L", 35 * 24 * 60)]       // the last Friday of the month
    public void LongestGap_ReadsCronAsCronDaemonsRunIt(string cron, int minutes)
    {
        Assert.Equal(TimeSpan.FromMinutes(minutes), Schedules.LongestGap([Cron(cron)]));
    }

    [Fact]
    public void LongestGap_OfAYearlyMacro_IsAYear()
    {
        Assert.Equal(TimeSpan.FromDays(366), Schedules.LongestGap([Cron("@yearly")])); // 2024 is a leap year
        Assert.Equal(Schedules.LongestGap([Cron("@annually")]), Schedules.LongestGap([Cron("0 0 1 1 *")]));
    }

    [Theory]
    [InlineData("@reboot", "boots")]
    [InlineData("@fortnightly", "not a cron macro")]
    [InlineData("0 2 * *", "4 fields")]
    public void Parse_WhenNotASchedule_SaysWhyInOneSentence(string cron, string reason)
    {
        Assert.False(CronSchedule.TryParse(cron, out _, out var problem));
        Assert.Contains(reason, problem, StringComparison.Ordinal);
    }

    /// <summary>
    /// The longest gap bpl computes equals the longest gap between consecutive runs found by an expansion written here
    /// independently of Cronos (field sets, names, steps, and cron's either-day rule), over the same 800 days.
    /// </summary>
    [Fact]
    public void LongestGap_EqualsTheGapOfAnIndependentExpansion()
    {
        var minute = Gen.OneOf(Gen.Const("0"), Gen.Const("15"), Gen.Const("*/30"), Gen.Const("5,35"), Gen.Int[0, 59].Select(m => m.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var hour = Gen.OneOf(Gen.Const("2"), Gen.Const("*/6"), Gen.Const("1-3"), Gen.Const("0,12"), Gen.Const("*"), Gen.Int[0, 23].Select(h => h.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var dayOfMonth = Gen.OneOf("*", "1", "1,15", "10-20", "*/2", "?", "31", "5-25/10");
        var month = Gen.OneOf("*", "1-6", "JAN,JUL", "*/3", "feb", "2-11/3");
        var dayOfWeek = Gen.OneOf("*", "1", "MON-FRI", "0,6", "SUN", "*/2", "5", "?", "7", "sat");
        var schedule = Gen.Select(minute, hour, dayOfMonth, month, dayOfWeek, (m, h, d, mo, w) => $"{m} {h} {d} {mo} {w}");

        schedule.Array[1, 3].Sample(set =>
        {
            var runs = set.SelectMany(IndependentCron.Runs).Distinct().Order().ToList();
            var computed = Schedules.LongestGap(set.Select(Cron));
            if (runs.Count < 2)
            {
                return true; // a set that runs at most once in 800 days has no gap between runs to compare
            }

            var longest = runs.Zip(runs.Skip(1), (a, b) => b - a).Max();
            return computed == longest;
        }, iter: PropertyIterations.Count);
    }
}


/// <summary>
/// A cron expansion written from crontab(5) alone, for the property test: lists, ranges, steps and names in each field;
/// when both day fields are restricted (neither starts with * or ?) a day matches either.
/// </summary>
internal static class IndependentCron
{
    private static readonly string[] Months = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
    private static readonly string[] Days = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

    public static IEnumerable<DateTime> Runs(string expression)
    {
        var f = expression.Split(' ');
        var minutes = Field(f[0], 0, 59, []);
        var hours = Field(f[1], 0, 23, []);
        var daysOfMonth = Field(f[2], 1, 31, []);
        var months = Field(f[3], 1, 12, Months, offset: 1);
        var daysOfWeek = Field(f[4], 0, 7, Days).Select(d => d % 7).ToHashSet();
        var either = f[2][0] is not ('*' or '?') && f[4][0] is not ('*' or '?');

        for (var day = Schedules.ReferenceStart; day < Schedules.ReferenceStart + Schedules.LongHorizon; day = day.AddDays(1))
        {
            var byMonthDay = daysOfMonth.Contains(day.Day);
            var byWeekDay = daysOfWeek.Contains((int)day.DayOfWeek);
            if (!months.Contains(day.Month) || !(either ? byMonthDay || byWeekDay : byMonthDay && byWeekDay))
            {
                continue;
            }

            foreach (var h in hours.Order())
            {
                foreach (var m in minutes.Order())
                {
                    yield return day.AddHours(h).AddMinutes(m);
                }
            }
        }
    }

    private static HashSet<int> Field(string text, int low, int high, string[] names, int offset = 0)
    {
        var values = new HashSet<int>();
        foreach (var part in text.Split(','))
        {
            var (range, step) = part.Split('/') is [var r, var s] ? (r, int.Parse(s, System.Globalization.CultureInfo.InvariantCulture)) : (part, 1);
            int from, to;
            if (range is "*" or "?")
            {
                (from, to) = (low, high);
            }
            else if (range.Split('-') is [var a, var b])
            {
                (from, to) = (Value(a, names, offset), Value(b, names, offset));
            }
            else
            {
                from = Value(range, names, offset);
                to = step > 1 ? high : from;
            }

            for (var v = from; v <= to; v += step)
            {
                values.Add(v);
            }
        }

        return values;
    }

    private static int Value(string text, string[] names, int offset)
    {
        var index = Array.FindIndex(names, n => n.Equals(text, StringComparison.OrdinalIgnoreCase));
        return index >= 0 ? index + offset : int.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
    }
}
