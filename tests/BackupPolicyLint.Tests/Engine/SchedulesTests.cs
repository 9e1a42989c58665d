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
        }, iter: 300);
    }
}
