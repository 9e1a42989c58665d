using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Evaluation;
using BackupPolicyLint.Loading.Discovery;
using BackupPolicyLint.Loading.Plans;
using BackupPolicyLint.Loading.Policies;
using BackupPolicyLint.Rules;
using BackupPolicyLint.Rules.BuiltIn;
using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Tests.Engine;

public sealed class CheckEngineTests
{
    private sealed class ThrowingRule : PlanRule
    {
        public override RuleDescriptor Descriptor { get; } = new()
        {
            Id = "BPL101",
            Name = "system-database-not-covered",
            Title = "test double that throws",
            Category = RuleCategory.Coverage,
            Inputs = RuleInputs.Plan,
            Severities = DefaultSeverities.Parse("E/E/E"),
        };

        public override IEnumerable<Finding> Check(PlanContext context)
        {
            yield return context.Report(context.Plan.Node, "first");
            throw new InvalidOperationException("boom");
        }
    }

    private static BackupPolicyLint.Model.BackupPlan Plan(string environment)
    {
        var text = $"apiVersion: bpl/v1\nkind: BackupPlan\nmetadata: {{name: demo}}\nspec:\n  environment: {environment}\n";
        var result = PlanLoader.LoadText(new InputFile("/x/plan.yaml", "plan.yaml", true), System.Text.Encoding.UTF8.GetBytes(text), BackupPolicyLint.Loading.Yaml.ReaderLimits.Default);
        return Assert.Single(result.Plans);
    }

    private static PolicySelection Packs(string? forced = null)
    {
        var packs = BuiltInPacks.Shipped;
        return new PolicySelection(packs, forced is null ? null : packs.Single(p => p.Name == forced));
    }

    [Fact]
    public void RuleThatThrows_ShouldBecomeBpl004_AndTheRunGoesOn()
    {
        var engine = new CheckEngine([new ThrowingRule(), .. RuleCatalog.All.Where(r => r.Descriptor.Id == "BPL102")]);

        var findings = engine.Run([Plan("production")], Packs(), Checks.Now);

        var failure = Assert.Single(findings);
        Assert.Equal(DiagnosticIds.RuleFailed, failure.RuleId);
        Assert.Equal(Severity.Error, failure.Severity);
        Assert.Contains("boom", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("production", Severity.Error)]
    [InlineData("staging", Severity.Error)]
    [InlineData("development", Severity.Warning)]
    [InlineData("test", Severity.Warning)]
    [InlineData("qa-unknown", Severity.Error)]
    public void PlanEnvironment_ShouldPickThePack(string environment, Severity expected)
    {
        var findings = new CheckEngine(RuleCatalog.All).Run([Plan(environment)], Packs(), Checks.Now);

        Assert.Equal(expected, findings.Single(f => f.RuleId == "BPL101").Severity);
    }

    [Fact]
    public void ForcedPolicy_ShouldOverrideTheEnvironment()
    {
        var findings = new CheckEngine(RuleCatalog.All).Run([Plan("production")], Packs("development"), Checks.Now);

        Assert.Equal(Severity.Warning, findings.Single(f => f.RuleId == "BPL101").Severity);
    }

    [Fact]
    public void Fingerprints_ShouldSurviveEditsAboveTheFinding()
    {
        var plan = "apiVersion: bpl/v1\nkind: BackupPlan\nmetadata: {name: demo}\nspec:\n  databases:\n    - name: orders\n";
        var before = Checks.RunText(plan).Findings.Single(f => f.RuleId == "BPL102");
        var after = Checks.RunText("# a new comment\n\n" + plan.Replace("{name: demo}", "{name: demo, owner: team}", StringComparison.Ordinal)).Findings.Single(f => f.RuleId == "BPL102");

        Assert.NotEqual(before.Span.Line, after.Span.Line);
        Assert.Equal(before.Fingerprint, after.Fingerprint);
    }
}
