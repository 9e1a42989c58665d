using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Evaluation;
using BackupPolicyLint.Loading.Discovery;
using BackupPolicyLint.Loading.Plans;
using BackupPolicyLint.Loading.Policies;
using BackupPolicyLint.Model;
using BackupPolicyLint.Rules;
using BackupPolicyLint.Rules.BuiltIn;
using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Tests.Engine;

/// <summary>The engine records one evaluation per plan and rule; outcomes follow from applicability and the final findings.</summary>
public sealed class RuleOutcomesTests
{
    /// <summary>A test double: says what <see cref="Applies"/> returns and how many findings it reports (or that it throws).</summary>
    private sealed class ScriptedRule(Applicability applicability, int findings, bool throws = false) : PlanRule
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

        public bool Checked { get; private set; }

        public override Applicability Applies(PlanContext context) => applicability;

        public override IEnumerable<Finding> Check(PlanContext context)
        {
            Checked = true;
            if (throws)
            {
                throw new InvalidOperationException("boom");
            }

            for (var i = 0; i < findings; i++)
            {
                yield return context.Report(context.Plan.Node, $"finding {i}");
            }
        }
    }

    private static BackupPlan Plan(string name = "demo", string file = "plan.yaml")
    {
        var text = $"apiVersion: bpl/v1\nkind: BackupPlan\nmetadata: {{name: {name}}}\nspec:\n  environment: production\n";
        var result = PlanLoader.LoadText(new InputFile($"/x/{file}", file, true), System.Text.Encoding.UTF8.GetBytes(text), BackupPolicyLint.Loading.Yaml.ReaderLimits.Default);
        return Assert.Single(result.Plans);
    }

    private static PolicySelection Packs() => new(BuiltInPacks.Shipped, null);

    private static (EngineRun Run, RuleOutcome Outcome) Evaluate(ScriptedRule rule, Func<Finding, Finding>? suppress = null)
    {
        var run = new CheckEngine([rule]).Evaluate([Plan()], Packs(), Checks.Now);
        var findings = run.Findings.Select(suppress ?? (f => f)).ToList();
        return (run, Assert.Single(RuleOutcomes.Compute(run.Evaluations, findings)));
    }

    [Fact]
    public void ApplicableRuleWithoutFindings_ShouldPass()
    {
        var (_, outcome) = Evaluate(new ScriptedRule(Applicability.Applicable, 0));

        Assert.Equal(OutcomeKind.Pass, outcome.Kind);
        Assert.Equal("demo", outcome.PlanName);
        Assert.Equal("production", outcome.Evaluation.Pack);
    }

    [Fact]
    public void ApplicableRuleWithFindings_ShouldFail_AndStampItsFindingsWithThePlan()
    {
        var (run, outcome) = Evaluate(new ScriptedRule(Applicability.Applicable, 2));

        Assert.Equal(OutcomeKind.Fail, outcome.Kind);
        Assert.Equal(2, outcome.FindingCount);
        Assert.All(run.Findings, f => Assert.Equal("plan.yaml#0", f.PlanId));
    }

    [Fact]
    public void EveryFindingSuppressed_ShouldBeWaived()
    {
        var (_, outcome) = Evaluate(new ScriptedRule(Applicability.Applicable, 2), f => f with { Suppressed = true });

        Assert.Equal(OutcomeKind.Waived, outcome.Kind);
    }

    [Fact]
    public void SomeFindingsSuppressed_ShouldStillFail()
    {
        var first = true;
        var (_, outcome) = Evaluate(new ScriptedRule(Applicability.Applicable, 2), f =>
        {
            var suppressed = first;
            first = false;
            return f with { Suppressed = suppressed };
        });

        Assert.Equal(OutcomeKind.Fail, outcome.Kind);
    }

    [Fact]
    public void NotApplicable_ShouldSkipTheCheckAndKeepTheReason()
    {
        var rule = new ScriptedRule(Applicability.NotApplicable("standalone DBMS"), 1);

        var (run, outcome) = Evaluate(rule);

        Assert.False(rule.Checked);
        Assert.Empty(run.Findings);
        Assert.Equal(OutcomeKind.NotApplicable, outcome.Kind);
        Assert.Equal("standalone DBMS", outcome.Reason);
    }

    [Fact]
    public void NotEvaluated_ShouldSkipTheCheckAndKeepTheReason()
    {
        var rule = new ScriptedRule(Applicability.NotEvaluated("no zones given"), 1);

        var (_, outcome) = Evaluate(rule);

        Assert.False(rule.Checked);
        Assert.Equal(OutcomeKind.NotEvaluated, outcome.Kind);
        Assert.Equal("no zones given", outcome.Reason);
    }

    [Fact]
    public void RuleThatThrows_ShouldBeNotEvaluated_WithBpl004()
    {
        var (run, outcome) = Evaluate(new ScriptedRule(Applicability.Applicable, 0, throws: true));

        Assert.Equal(OutcomeKind.NotEvaluated, outcome.Kind);
        Assert.Contains("BPL004", outcome.Reason, StringComparison.Ordinal);
        Assert.Equal(DiagnosticIds.RuleFailed, Assert.Single(run.Findings).RuleId);
    }

    [Fact]
    public void RuleTurnedOffByThePack_ShouldHaveNoOutcome()
    {
        var rule = RuleCatalog.Find("BPL209")!; // N/N/-: off in development
        var packs = BuiltInPacks.Shipped;

        var run = new CheckEngine([rule]).Evaluate([Plan()], new PolicySelection(packs, packs.Single(p => p.Name == "development")), Checks.Now);

        Assert.Empty(run.Evaluations);
    }

    [Fact]
    public void FindingsOfAnotherPlan_ShouldNotCountForThisOne()
    {
        var rule = new ScriptedRule(Applicability.Applicable, 1);
        var run = new CheckEngine([rule]).Evaluate([Plan("a", "a.yaml"), Plan("b", "b.yaml")], Packs(), Checks.Now);

        var outcomes = RuleOutcomes.Compute(run.Evaluations, run.Findings.Where(f => f.PlanId == "a.yaml#0"));

        Assert.Equal([OutcomeKind.Fail, OutcomeKind.Pass], outcomes.Select(o => o.Kind));
    }
}
