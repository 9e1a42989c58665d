using BackupPolicyLint.Evaluation;
using BackupPolicyLint.Rules;
using BackupPolicyLint.Scripting;
using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Tests.Policy;

/// <summary>A .csx rule declares what the engine must find before it runs the script, as a built-in rule's descriptor does.</summary>
public sealed class ScriptHeaderRequiresTests
{
    private const string Header = "// @id ORG9\n// @name needs-things\n// @severity warning\n";

    [Theory]
    [InlineData("", RuleRequirements.None)]
    [InlineData("// @requires cluster\n", RuleRequirements.Cluster)]
    [InlineData("// @requires inventory, backup location\n", RuleRequirements.Inventory | RuleRequirements.BackupLocation)]
    [InlineData("// @requires Cluster backup-location\n", RuleRequirements.Cluster | RuleRequirements.BackupLocation)]
    public void Requires_ShouldBeReadIntoTheDescriptor(string line, object expected)
    {
        var descriptor = ScriptHeader.Parse(Header + line + "Report(Plan.Node, \"x\");\n", "rules/x.csx");

        Assert.Equal((RuleRequirements)expected, descriptor.Requires);
    }

    [Fact]
    public void ScriptRequiringACluster_ShouldNotRunOnAStandaloneDbms()
    {
        // The script throws whenever it runs: a run on the standalone plan would be BPL004, not the outcome.
        var text = Header + "// @requires cluster\nthrow new InvalidOperationException(\"ran\");\n";
        using var cache = new TempDirectory();
        var rule = new ScriptRule(ScriptCompiler.Load(text, "rules/x.csx", cache.Path, "test", false), ScriptHeader.Parse(text, "rules/x.csx"), new ScriptLimits());

        var (findings, outcome) = OnePlanRun.Judge(rule, OnePlanRun.StandalonePlan);

        Assert.Empty(findings);
        Assert.Equal(OutcomeKind.NotApplicable, outcome.Kind);
        Assert.Equal("the DBMS is not a cluster (dbms.topology)", outcome.Reason);
    }

    [Fact]
    public void UnknownRequirement_ShouldBeRefusedAtItsLine()
    {
        var refused = Assert.Throws<ScriptCompileException>(() => ScriptHeader.Parse(Header + "// @requires cluster, zones\n", "rules/x.csx"));

        Assert.Equal("rules/x.csx:4:1: @requires names 'zones'; a script may require cluster, inventory, backup location", refused.Message);
    }
}
