using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Suppressions;
using Xunit;

namespace BackupPolicyLint.Tests.Policy;

/// <summary>Waivers, inline comments and baselines on plain findings.</summary>
public sealed class SuppressionTests
{
    private static readonly DateOnly Today = new(2026, 11, 20);

    private static Finding At(string rule, int line, string? subject = "p/storage/s3", string pointer = "/spec/storage/0") => new()
    {
        RuleId = rule,
        RuleName = "r",
        Severity = Severity.Error,
        Message = "m",
        Span = new SourceSpan("plan.yaml", line, 1, line, 2),
        Subject = subject,
        LogicalPath = pointer,
    };

    private static Waiver Waiver(DateOnly? expires, string? subject = null) => new()
    {
        RuleId = "BPL402",
        Plan = "p",
        Subject = subject,
        Justification = "why",
        Owner = "team",
        Expires = expires,
        Span = new SourceSpan("waivers.yaml", 9, 7, 9, 8),
        LogicalPath = "/spec/waivers/0",
        BaseDirectory = "/",
    };

    private static WaiverTarget Target(string environment) => new("p", environment, "/plans/plan.yaml");

    [Fact]
    public void LiveWaiver_ShouldSuppressWithItsDetails()
    {
        var result = Waivers.Apply([At("BPL402", 3), At("BPL403", 4)], [Waiver(new DateOnly(2027, 1, 1), "p/storage/*")], _ => Target("production"), Today);
        var waived = result.Single(f => f.RuleId == "BPL402");
        Assert.True(waived.Suppressed);
        Assert.Equal(new Suppression(SuppressionKind.Waiver, "why", "team", new DateOnly(2027, 1, 1), "waivers.yaml:9"), waived.Suppression);
        Assert.False(result.Single(f => f.RuleId == "BPL403").Suppressed);
    }

    [Fact]
    public void ExpiredWaiver_ShouldBeBpl005AndTheFindingIsBack()
    {
        var result = Waivers.Apply([At("BPL402", 3)], [Waiver(new DateOnly(2026, 9, 30))], _ => Target("staging"), Today);
        Assert.False(result.Single(f => f.RuleId == "BPL402").Suppressed);
        var expired = result.Single(f => f.RuleId == DiagnosticIds.WaiverExpired);
        Assert.Equal(Severity.Warning, expired.Severity);
        Assert.Equal("waivers.yaml", expired.Span.File);
    }

    [Fact]
    public void WaiverWithoutExpiry_ShouldNotSuppressAProductionFinding()
    {
        Assert.True(Waivers.Apply([At("BPL402", 3)], [Waiver(null)], _ => Target("staging"), Today)[0].Suppressed);
        var production = Waivers.Apply([At("BPL402", 3)], [Waiver(null)], _ => Target("production"), Today);
        Assert.False(production[0].Suppressed);
        Assert.Contains(production, f => f.RuleId == DiagnosticIds.WaiverExpired && f.Message.Contains("no expiry", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("  # bpl-ignore BPL402 -- accepted", true, null)]
    [InlineData("  # bpl-ignore BPL401, BPL402 until 2027-01-31 -- accepted", true, null)]
    [InlineData("  # bpl-ignore BPL402", false, DiagnosticIds.SuppressionRejected)]
    [InlineData("  # bpl-ignore BPL402 until 2026-01-31 -- was accepted", false, DiagnosticIds.WaiverExpired)]
    [InlineData("  # bpl-ignore BPL402 until someday -- accepted", false, DiagnosticIds.SuppressionRejected)]
    public void InlineComment_OnTheLineBefore(string comment, bool suppressed, string? diagnostic)
    {
        var result = InlineSuppressions.Apply([At("BPL402", 3)], "plan.yaml", ["a: 1", comment, "storage: x"], InlineSuppressionRules.Default, Today);
        Assert.Equal(suppressed, result.Single(f => f.RuleId == "BPL402").Suppressed);
        Assert.Equal(diagnostic, result.SingleOrDefault(f => f.RuleId != "BPL402")?.RuleId);
    }

    [Fact]
    public void InlineComment_ShouldFollowTheConfig()
    {
        string[] lines = ["storage: x  # bpl-ignore BPL402 -- accepted"];
        Assert.True(InlineSuppressions.Apply([At("BPL402", 1)], "plan.yaml", lines, InlineSuppressionRules.Default, Today)[0].Suppressed);
        Assert.False(InlineSuppressions.Apply([At("BPL402", 1)], "plan.yaml", lines, new InlineSuppressionRules(Allowed: false), Today)[0].Suppressed);
        Assert.False(InlineSuppressions.Apply([At("BPL402", 1)], "plan.yaml", lines, new InlineSuppressionRules(RequireExpiry: true), Today)[0].Suppressed);
        Assert.False(InlineSuppressions.Apply([At("BPL402", 3)], "plan.yaml", ["# bpl-ignore BPL402 -- far away", "x: 1", "storage: x"], InlineSuppressionRules.Default, Today)[0].Suppressed);
    }

    [Fact]
    public void Baseline_ShouldCountEntriesAndKeyByFileAndPath()
    {
        static BaselineEntry Key(Finding f) => new(f.RuleId, f.Span.File, f.LogicalPath, "");
        var known = At("BPL402", 3);
        var entries = new[] { Key(known), new BaselineEntry("BPL101", "plan.yaml", "/spec", "") };
        var moved = known with { Span = known.Span with { Line = 40 } };
        var elsewhere = known with { LogicalPath = "/spec/storage/1" };
        var otherFile = known with { Span = known.Span with { File = "other.yaml" } };

        var match = Baselines.Apply([moved, elsewhere, otherFile], entries, Key, "baseline.json");

        Assert.True(match.Findings[0].Suppressed);
        Assert.False(match.Findings[1].Suppressed);
        Assert.False(match.Findings[2].Suppressed);
        Assert.Equal((1, 1, 2), (match.Baselined, match.Fixed, match.New));
    }

    [Theory]
    [InlineData("plans/**/prod-*.yaml", "plans/prod-a.yaml", true)]
    [InlineData("plans/**/prod-*.yaml", "plans/eu/west/prod-a.yaml", true)]
    [InlineData("plans/*.yaml", "plans/eu/prod-a.yaml", false)]
    [InlineData("policies/**", "policies/rules/x.csx", true)]
    public void Globs(string pattern, string path, bool matches) => Assert.Equal(matches, Glob.IsMatch(pattern, path));
}
