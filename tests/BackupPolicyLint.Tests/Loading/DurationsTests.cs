using BackupPolicyLint.Model;
using CsCheck;
using Xunit;

namespace BackupPolicyLint.Tests.Loading;

public sealed class DurationsTests
{
    [Theory]
    [InlineData("30m", 30)]
    [InlineData("36h", 36 * 60)]
    [InlineData("P2W", 14 * 24 * 60)]
    [InlineData("P1Y2M", (365 + 60) * 24 * 60)]
    [InlineData("PT1H30M", 90)]
    [InlineData("1000y", 365_000 * 24 * 60)]
    [InlineData("0d", 0)]
    public void TryParse_ReadsShortAndIsoForms(string text, long minutes)
    {
        Assert.True(Durations.TryParse(text, out var duration, out var problem), problem);
        Assert.Equal(TimeSpan.FromMinutes(minutes), duration);
    }

    [Theory]
    [InlineData("30000y", "longer than bpl reads")]
    [InlineData("1001y", "longer than bpl reads")]
    [InlineData("P2000000W", "longer than bpl reads")]
    [InlineData("P10675199D", "longer than bpl reads")]
    [InlineData("P99999999999999999999Y", "longer than bpl reads")]
    [InlineData("99999999999999999999m", "longer than bpl reads")]
    [InlineData("1 hour", "is not a duration")]
    [InlineData("PT", "is not a duration")]
    [InlineData("-1d", "is not a duration")]
    public void TryParse_WhenOutOfRangeOrMalformed_SaysWhyAndNeverThrows(string text, string reason)
    {
        Assert.False(Durations.TryParse(text, out _, out var problem));
        Assert.Contains(reason, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_NeverThrows_AndWhatItAcceptsFitsDateArithmetic()
    {
        var amount = Gen.OneOf(Gen.Long[0, long.MaxValue].Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), Gen.Char["0123456789"].Array[1, 40].Select(c => new string(c)));
        var text = Gen.OneOf(
            Gen.Select(amount, Gen.OneOf("s", "m", "h", "d", "w", "y"), (a, u) => a + u),
            Gen.Select(amount, Gen.OneOf("Y", "M", "W", "D"), (a, u) => $"P{a}{u}"),
            Gen.Select(amount, Gen.OneOf("H", "M", "S"), (a, u) => $"PT{a}{u}"));

        text.Sample(t =>
        {
            if (!Durations.TryParse(t, out var duration, out _))
            {
                return true;
            }

            var now = new DateTimeOffset(2026, 11, 20, 6, 0, 0, TimeSpan.Zero);
            return duration <= Durations.Longest && now - duration <= now + duration;
        }, iter: PropertyIterations.Count);
    }
}
