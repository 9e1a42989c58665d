using BackupPolicyLint.Evaluation;
using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Tests.Rules;

/// <summary>Rules that say when a plan is none of their business, or lacks the data they need.</summary>
public sealed class ApplicabilityTests
{
    private static string BasePlan => File.ReadAllText(Path.Combine(Repo.Fixtures, "base-plan.yaml"));

    private static RuleOutcome OutcomeOf(string text, string ruleId) =>
        Assert.Single(Checks.RunText(text).Outcomes, o => o.Rule.Id == ruleId);

    [Theory]
    [InlineData("BPL201", "enterprise edition")]
    [InlineData("BPL202", "no dump job")]
    [InlineData("BPL205", "no copy job")]
    [InlineData("BPL206", "no filesystem-copy job")]
    [InlineData("BPL209", "no backup job writes to cloud")]
    public void CleanEnterprisePlan_ShouldMakeRulesAboutOtherSetupsNotApplicable(string ruleId, string reason)
    {
        var outcome = OutcomeOf(BasePlan, ruleId);

        Assert.Equal(OutcomeKind.NotApplicable, outcome.Kind);
        Assert.Contains(reason, outcome.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("BPL101")]
    [InlineData("BPL203")]
    [InlineData("BPL204")]
    [InlineData("BPL208")]
    public void CleanPlan_ShouldPassTheRulesThatConcernIt(string ruleId)
    {
        Assert.Equal(OutcomeKind.Pass, OutcomeOf(BasePlan, ruleId).Kind);
    }

    [Fact]
    public void MissingEdition_ShouldLeaveBpl201NotEvaluated()
    {
        var plan = BasePlan.Replace("    edition: enterprise\n", "", StringComparison.Ordinal);

        var outcome = OutcomeOf(plan, "BPL201");

        Assert.Equal(OutcomeKind.NotEvaluated, outcome.Kind);
        Assert.Contains("dbms.edition", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void DifferentialsWithoutTxLogRetention_ShouldLeaveBpl208NotEvaluated()
    {
        var plan = BasePlan.Replace("    txLogRetention: \"2 days 2G\"\n", "", StringComparison.Ordinal);

        var outcome = OutcomeOf(plan, "BPL208");

        Assert.Equal(OutcomeKind.NotEvaluated, outcome.Kind);
        Assert.Contains("dbms.txLogRetention", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void NoDifferentials_ShouldMakeDifferentialRulesNotApplicable()
    {
        var plan = BasePlan.Replace("      type: diff\n", "      type: full\n", StringComparison.Ordinal);
        var outcomes = Checks.RunText(plan).Outcomes;

        Assert.All(
            outcomes.Where(o => o.Rule.Id is "BPL203" or "BPL204" or "BPL208"),
            o => Assert.Equal(OutcomeKind.NotApplicable, o.Kind));
    }
}
