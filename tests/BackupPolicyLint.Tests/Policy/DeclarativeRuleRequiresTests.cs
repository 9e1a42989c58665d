using BackupPolicyLint.Evaluation;
using BackupPolicyLint.Loading.CustomRules;
using BackupPolicyLint.Loading.Policies;
using BackupPolicyLint.Rules;
using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Tests.Policy;

/// <summary>A YAML custom rule declares the engine's requirements with <c>spec.requires</c>, as a built-in rule's descriptor and a script's <c>@requires</c> do.</summary>
public sealed class DeclarativeRuleRequiresTests
{
    private const string RuleHead = "apiVersion: bpl/v1\nkind: Rule\nspec:\n  id: ACME1\n  name: acme-rule\n  severity: error\n  message: m\n";
    private const string Assert7 = "  assert:\n    path: spec.retention.keepLast\n    gte: 7\n";

    [Theory]
    [InlineData("", RuleRequirements.None)]
    [InlineData("  requires: [cluster]\n", RuleRequirements.Cluster)]
    [InlineData("  requires: [inventory, backup location]\n", RuleRequirements.Inventory | RuleRequirements.BackupLocation)]
    public void Requires_ShouldBeReadIntoTheDescriptor(string requires, object expected)
    {
        var rule = DeclarativeRuleLoader.Parse(RuleHead + requires + Assert7, "rule.yaml");

        Assert.Equal((RuleRequirements)expected, rule.Descriptor.Requires);
    }

    [Fact]
    public void UnknownRequirement_ShouldBeRefusedAtItsNode()
    {
        var ex = Assert.Throws<PolicyDocumentException>(() => DeclarativeRuleLoader.Parse(RuleHead + "  requires: [cluster, zones]\n" + Assert7, "rule.yaml"));

        Assert.StartsWith("rule.yaml:8:23: spec.requires[1] is 'zones'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ClusterRule_OnAStandaloneDbms_ShouldBeNotApplicable_WithoutAFinding()
    {
        // keepLast is missing, so the assertion would fail if the rule ran.
        var rule = DeclarativeRuleLoader.Parse(RuleHead + "  requires: [cluster]\n" + Assert7, "rule.yaml");

        var (findings, outcome) = OnePlanRun.Judge(rule, OnePlanRun.StandalonePlan);

        Assert.Empty(findings);
        Assert.Equal(OutcomeKind.NotApplicable, outcome.Kind);
        Assert.Equal("the DBMS is not a cluster (dbms.topology)", outcome.Reason);
    }
}
