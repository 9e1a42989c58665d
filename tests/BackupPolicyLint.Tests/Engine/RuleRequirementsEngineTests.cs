using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Evaluation;
using BackupPolicyLint.Loading.Discovery;
using BackupPolicyLint.Loading.Plans;
using BackupPolicyLint.Loading.Policies;
using BackupPolicyLint.Model;
using BackupPolicyLint.Model.Inventory;
using BackupPolicyLint.Rules;
using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Tests.Engine;

/// <summary>
/// The engine judges a descriptor's <see cref="RuleDescriptor.Requires"/> and <see cref="RuleDescriptor.RequiresFeature"/>
/// before it asks the rule anything: an unmet requirement is the outcome, with the reason the old per-rule guards gave,
/// and neither <see cref="PlanRule.Applies"/> nor <see cref="PlanRule.Check"/> runs.
/// </summary>
public sealed class RuleRequirementsEngineTests
{
    /// <summary>A test double whose Applies and Check throw unless <paramref name="callable"/>: a call shows as BPL004.</summary>
    private sealed class GuardedRule(RuleRequirements requires, Neo4jFeature? feature = null, bool callable = false) : PlanRule
    {
        public override RuleDescriptor Descriptor { get; } = new()
        {
            Id = "BPL101",
            Name = "system-database-not-covered",
            Title = "test double",
            Category = RuleCategory.Coverage,
            Inputs = RuleInputs.Plan,
            Severities = DefaultSeverities.Parse("E/E/E"),
            Requires = requires,
            RequiresFeature = feature,
        };

        public int Calls { get; private set; }

        public override Applicability Applies(PlanContext context)
        {
            Calls++;
            return callable ? Applicability.Applicable : throw new InvalidOperationException("Applies was called");
        }

        public override IEnumerable<Finding> Check(PlanContext context)
        {
            Calls++;
            if (!callable)
            {
                throw new InvalidOperationException("Check was called");
            }

            yield return context.Report(context.Plan.Node, "judged");
        }
    }

    private static BackupPlan Plan(string dbms = "")
    {
        var text = $"apiVersion: bpl/v1\nkind: BackupPlan\nmetadata: {{name: demo}}\nspec:\n  environment: production\n{dbms}";
        var result = PlanLoader.LoadText(new InputFile("/x/plan.yaml", "plan.yaml", true), System.Text.Encoding.UTF8.GetBytes(text), BackupPolicyLint.Loading.Yaml.ReaderLimits.Default);
        return Assert.Single(result.Plans);
    }

    private static readonly DbmsInventory Inventory = new()
    {
        Name = "live",
        CollectedAt = Checks.Now,
        Source = "neo4j://db.example:7687",
        ToolVersion = "test",
    };

    private static readonly ArtifactLocation Location = new([], [], hasInspectData: false);

    private static (RuleOutcome Outcome, IReadOnlyList<Finding> Findings) Evaluate(PlanRule rule, BackupPlan plan, bool inventory = false, bool backups = false)
    {
        var run = new CheckEngine([rule]).Evaluate(
            [plan],
            new PolicySelection(BuiltInPacks.Shipped, null),
            Checks.Now,
            backups ? _ => Location : null,
            inventory ? _ => Inventory : null);
        return (Assert.Single(RuleOutcomes.Compute(run.Evaluations, run.Findings)), run.Findings);
    }

    [Fact]
    public void ClusterRule_OnAStandaloneDbms_ShouldBeNotApplicable_WithoutCallingTheRule()
    {
        var rule = new GuardedRule(RuleRequirements.Cluster);

        var (outcome, findings) = Evaluate(rule, Plan("  dbms: {topology: standalone}\n"));

        Assert.Empty(findings);
        Assert.Equal(0, rule.Calls);
        Assert.Equal(OutcomeKind.NotApplicable, outcome.Kind);
        Assert.Equal("the DBMS is not a cluster (dbms.topology)", outcome.Reason);
    }

    [Fact]
    public void InventoryRule_WithoutAMatchedInventory_ShouldBeNotEvaluated_WithoutCallingTheRule()
    {
        var rule = new GuardedRule(RuleRequirements.Inventory);

        var (outcome, findings) = Evaluate(rule, Plan());

        Assert.Empty(findings);
        Assert.Equal(0, rule.Calls);
        Assert.Equal(OutcomeKind.NotEvaluated, outcome.Kind);
        Assert.Equal("no inventory matched this plan (--inventory or --neo4j-uri)", outcome.Reason);
    }

    [Fact]
    public void BackupLocationRule_WithoutBackups_ShouldBeNotEvaluated_WithoutCallingTheRule()
    {
        var rule = new GuardedRule(RuleRequirements.BackupLocation);

        var (outcome, findings) = Evaluate(rule, Plan(), inventory: true);

        Assert.Empty(findings);
        Assert.Equal(0, rule.Calls);
        Assert.Equal(OutcomeKind.NotEvaluated, outcome.Kind);
        Assert.Equal("no backup location was given (--backups)", outcome.Reason);
    }

    [Fact]
    public void FeatureRule_OnAVersionWithoutTheFeature_ShouldBeNotApplicable_WithoutCallingTheRule()
    {
        var rule = new GuardedRule(RuleRequirements.None, Neo4jFeature.SystemDatabase);

        var (outcome, findings) = Evaluate(rule, Plan("  dbms: {version: \"3.5\"}\n"));

        Assert.Empty(findings);
        Assert.Equal(0, rule.Calls);
        Assert.Equal(OutcomeKind.NotApplicable, outcome.Kind);
        Assert.Equal("Neo4j 3.5 predates the system database (4.0+)", outcome.Reason);
    }

    [Fact]
    public void FeatureAndCluster_ShouldAnswerWithTheVersionFirst()
    {
        // BPL703's order before the requirements moved to the engine: an old standalone DBMS is told about its version.
        var rule = new GuardedRule(RuleRequirements.Cluster, Neo4jFeature.SeedFromUri);

        var (outcome, _) = Evaluate(rule, Plan("  dbms: {version: \"4.4\", topology: standalone}\n"));

        Assert.Equal(0, rule.Calls);
        Assert.Equal("Neo4j 4.4 predates seeding a database from a URI (5.0+)", outcome.Reason);
    }

    [Theory]
    [InlineData("  dbms: {topology: cluster}\n")]
    [InlineData("  dbms: {topology: cluster, version: \"5.26\"}\n")]
    public void MetRequirements_ShouldAskAppliesThenCheck(string dbms)
    {
        // An unknown version is judged: bpl does not guess that it predates the feature.
        var rule = new GuardedRule(RuleRequirements.Cluster | RuleRequirements.Inventory | RuleRequirements.BackupLocation, Neo4jFeature.SeedFromUri, callable: true);

        var (outcome, findings) = Evaluate(rule, Plan(dbms), inventory: true, backups: true);

        Assert.Equal(2, rule.Calls);
        Assert.Equal(OutcomeKind.Fail, outcome.Kind);
        Assert.Equal("judged", Assert.Single(findings).Message);
    }

    [Fact]
    public void RuleReadingARequirementItDoesNotDeclare_ShouldFailAsBpl004_NotPassSilently()
    {
        var rule = new UndeclaredInventoryRule();

        var (outcome, findings) = Evaluate(rule, Plan());

        Assert.Equal(OutcomeKind.NotEvaluated, outcome.Kind);
        var failure = Assert.Single(findings);
        Assert.Equal(DiagnosticIds.RuleFailed, failure.RuleId);
        Assert.Contains("Requires = RuleRequirements.Inventory", failure.Message, StringComparison.Ordinal);
    }

    private sealed class UndeclaredInventoryRule : PlanRule
    {
        public override RuleDescriptor Descriptor { get; } = new()
        {
            Id = "BPL101",
            Name = "system-database-not-covered",
            Title = "test double",
            Category = RuleCategory.Coverage,
            Inputs = RuleInputs.Plan,
            Severities = DefaultSeverities.Parse("E/E/E"),
        };

        public override IEnumerable<Finding> Check(PlanContext context)
        {
            yield return context.Report(context.Plan.Node, context.RequiredInventory.Name);
        }
    }
}
