using System.Text.RegularExpressions;
using BackupPolicyLint.Tests.Support;
using CsCheck;
using Xunit;

namespace BackupPolicyLint.Tests.Loading;

/// <summary>
/// Numbers, durations, dates and schedules at and beyond their range are schema findings at the value: no value of a plan
/// may turn the file into BPL001 or a rule into BPL004 (those are for YAML errors and script failures), with or without a
/// backup location to judge.
/// </summary>
public sealed partial class ExtremeValueTests
{
    private static readonly string BasePlan = File.ReadAllText(Path.Combine(Repo.Fixtures, "base-plan.yaml"));

    [Fact]
    public void ExtremeValues_ShouldNeverFailTheFileOrARule()
    {
        var digits = Gen.Char["0123456789"].Array[1, 30].Select(c => new string(c));
        var duration = Gen.OneOf(
            Gen.Select(digits, Gen.OneOf("s", "m", "h", "d", "w", "y"), (n, u) => n + u),
            Gen.Select(digits, Gen.OneOf("Y", "M", "W", "D"), (n, u) => $"P{n}{u}"),
            Gen.Select(digits, Gen.OneOf("H", "M", "S"), (n, u) => $"PT{n}{u}"),
            Gen.OneOf("0d", "PT0S", "P0W", "-1d", "P", "PT"));
        var date = Gen.OneOf(
            Gen.OneOf("9999-12-31", "0001-01-01", "2026-11-20", "2027-02-29", "2024-02-29T23:59:59Z", "9999-12-31T23:59:59Z", "0001-01-01T00:00:00+14:00"),
            Gen.Select(Gen.Int[1, 9999], Gen.Int[1, 12], Gen.Int[1, 28], (y, m, d) => $"{y:0000}-{m:00}-{d:00}"));
        var number = Gen.OneOf(digits, Gen.OneOf("1e308", "-1", "0", "0.0000001", "2147483648", "-2147483649"));
        var schedule = Gen.OneOf("@reboot", "@yearly", "0 0 29 2 *", "0 0 31 2 *", "59 23 31 12 *", "* * * * *", "0 0 L 2 *", "0 0 1W * 5#5", "0 0 30 2 1");
        var field = Gen.Int[0, 9];

        Gen.Select(field, duration, date, number, schedule).Sample((which, d, when, n, cron) =>
        {
            var plan = which switch
            {
                0 => BasePlan.Replace("rpo: 1h", $"rpo: {d}", StringComparison.Ordinal),
                1 => BasePlan.Replace("rto: 4h", $"rto: {d}", StringComparison.Ordinal),
                2 => BasePlan.Replace("maxAge: 35d", $"maxAge: {d}", StringComparison.Ordinal),
                3 => BasePlan.Replace("keepFor: 7y", $"keepFor: {d}", StringComparison.Ordinal),
                4 => BasePlan.Replace("cadence: 90d", $"cadence: {d}", StringComparison.Ordinal),
                5 => BasePlan.Replace("lastTested: 2026-10-01", $"lastTested: {when}", StringComparison.Ordinal),
                6 => BasePlan.Replace("keepLast: 14", $"keepLast: {n}", StringComparison.Ordinal),
                7 => BasePlan.Replace("sizeGiB: 100", $"sizeGiB: {n}", StringComparison.Ordinal),
                8 => BasePlan.Replace("schedule: \"0 2 * * *\"", $"schedule: \"{cron}\"", StringComparison.Ordinal),
                _ => TxLogRetention().Replace(BasePlan, $"txLogRetention: \"{n} days {n}G\""),
            };
            // With a backup location too, where the artifact rules do date arithmetic with maxAge, rpo and the schedules.
            using var directory = new TempDirectory();
            File.WriteAllText(Path.Combine(directory.Path, "plan.yaml"), plan);
            var report = Checks.RunWithBackups(directory.Path, Path.Combine(Repo.Fixtures, "Rules", "BPL903", "backups-fires"), null, "plan.yaml");
            return !report.Findings.Any(f => f.RuleId is "BPL001" or "BPL004");
        }, iter: PropertyIterations.Count, threads: 1);
    }

    [GeneratedRegex("txLogRetention: \"[^\"]*\"")]
    private static partial Regex TxLogRetention();
}
