using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Suppressions;
using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Tests.Policy;

/// <summary>
/// Which line a `# bpl-ignore` covers: a trailing comment its own line only, a comment alone on its line the next line
/// only; a second comment after it on the same line is not part of it; BPL006 quotes the comment as written.
/// </summary>
public sealed class InlineSuppressionScopeTests
{
    private static readonly DateOnly Today = new(2026, 11, 20);

    private static Finding At(string rule, int line) => new()
    {
        RuleId = rule,
        RuleName = "demo",
        Severity = Severity.Error,
        Message = "m",
        Span = new SourceSpan("plan.yaml", line, 3, line, 9),
    };

    private static IReadOnlyList<Finding> Apply(string[] lines, params Finding[] findings) =>
        InlineSuppressions.Apply(findings, "plan.yaml", lines, InlineSuppressionRules.Default, Today);

    [Fact]
    public void TrailingComment_ShouldCoverItsOwnLineOnly()
    {
        string[] lines = ["storage: x  # bpl-ignore BPL402 -- accepted", "other: y"];

        var result = Apply(lines, At("BPL402", 1), At("BPL402", 2));

        Assert.True(result[0].Suppressed);
        Assert.False(result[1].Suppressed);
    }

    [Fact]
    public void CommentAloneOnItsLine_ShouldCoverTheNextLineOnly()
    {
        string[] lines = ["  # bpl-ignore BPL402 -- accepted", "storage: x", "other: y"];

        var result = Apply(lines, At("BPL402", 1), At("BPL402", 2), At("BPL402", 3));

        Assert.Equal([false, true, false], result.Select(f => f.Suppressed));
    }

    [Theory]
    [InlineData("storage: x  # bpl-ignore BPL402 -- accepted, see SEC-114 # yamllint disable-line", "accepted, see SEC-114")]
    [InlineData("storage: x  # bpl-ignore BPL402 until 2027-01-31 -- accepted # noqa", "accepted")]
    [InlineData("storage: x  // bpl-ignore BPL402 -- accepted // lint: off", "accepted")]
    [InlineData("storage: x  # bpl-ignore BPL402 -- ticket #123 accepted", "ticket #123 accepted")]
    public void AnotherCommentAfterIt_ShouldNotBePartOfTheReason(string line, string reason)
    {
        var result = Apply([line], At("BPL402", 1));

        var finding = Assert.Single(result);
        Assert.True(finding.Suppressed);
        Assert.Equal(reason, finding.Suppression!.Justification);
    }

    [Theory]
    [InlineData("storage: x  # bpl-ignore BPL402 # yamllint disable-line", "`# bpl-ignore BPL402` gives no reason")]
    [InlineData("storage: x  # bpl-ignore # todo", "`# bpl-ignore` names no rule")]
    [InlineData("storage: x  # bpl-ignore BPL402 - accepted", "`# bpl-ignore BPL402 - accepted` names '-', which is not a rule id")]
    public void RejectedComment_ShouldBeQuotedAsWritten(string line, string expected)
    {
        var result = Apply([line], At("BPL402", 1));

        Assert.False(result[0].Suppressed);
        var rejection = Assert.Single(result, f => f.RuleId == DiagnosticIds.SuppressionRejected);
        Assert.Contains(expected, rejection.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("    requireExpiry: true   # a # bpl-ignore comment must say `until YYYY-MM-DD`")]
    [InlineData("# see the docs: every // bpl-ignore needs a reason")]
    public void BplIgnoreMentionedInsideAnotherComment_ShouldBeProse(string line)
    {
        Assert.Empty(InlineSuppressions.Parse("plan.yaml", [line]));
    }

    [Fact]
    public void Fixture_TrailingCommentFollowedByAnother_InNeo4jConf()
    {
        // neo4j.conf: the trailing ignore on line 2 covers BPL501 there (and only there), its second comment is no part of it.
        var report = Checks.Run(Repo.Path("tests", "BackupPolicyLint.Tests", "Fixtures", "Suppressions"), ".");

        var bpl501 = Assert.Single(report.Findings, f => f.RuleId == "BPL501");
        Assert.True(bpl501.Suppressed);
        Assert.Equal("isolated backup VLAN, SEC-114", bpl501.Suppression!.Justification);
        Assert.Contains(report.Findings, f => f.RuleId == "BPL502" && !f.Suppressed);
        Assert.DoesNotContain(report.Findings, f => f.RuleId == DiagnosticIds.SuppressionRejected);
    }
}
