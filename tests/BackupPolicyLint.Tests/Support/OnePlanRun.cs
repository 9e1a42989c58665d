using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Evaluation;
using BackupPolicyLint.Loading.Discovery;
using BackupPolicyLint.Loading.Plans;
using BackupPolicyLint.Loading.Yaml;
using BackupPolicyLint.Rules;
using Xunit;

namespace BackupPolicyLint.Tests.Support;

/// <summary>One custom rule judged on one plan through the engine, as a pack that turns only that rule on would.</summary>
internal static class OnePlanRun
{
    /// <summary>A production plan on a standalone DBMS, with nothing else in it.</summary>
    public const string StandalonePlan = "apiVersion: bpl/v1\nkind: BackupPlan\nmetadata: {name: demo}\nspec:\n  environment: production\n  dbms: {topology: standalone}\n";

    public static (IReadOnlyList<Finding> Findings, RuleOutcome Outcome) Judge(PlanRule rule, string planYaml)
    {
        var plan = Assert.Single(PlanLoader.LoadText(new InputFile("/x/plan.yaml", "plan.yaml", true), System.Text.Encoding.UTF8.GetBytes(planYaml), ReaderLimits.Default).Plans);
        var pack = new PolicyPack
        {
            Name = "custom",
            Rules = new Dictionary<string, RuleSetting> { [rule.Descriptor.Id] = new(rule.Descriptor.Severities.Production ?? Severity.Error, new Dictionary<string, string>()) },
        };

        var run = new CheckEngine([rule]).Evaluate([plan], new PolicySelection([pack], pack), Checks.Now);
        return (run.Findings, Assert.Single(RuleOutcomes.Compute(run.Evaluations, run.Findings)));
    }
}
