using System.Text.RegularExpressions;
using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Loading.Discovery;
using BackupPolicyLint.Loading.Plans;
using BackupPolicyLint.Model;
using BackupPolicyLint.Rules;
using BackupPolicyLint.Rules.BuiltIn;
using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Tests.Rules;

/// <summary>
/// A precondition every rule of a kind shares (a cluster, a matched inventory, a backup location, a Neo4j version with
/// the feature) is declared on the descriptor and judged by the engine; a rule states it nowhere else.
/// </summary>
public sealed class RuleRequirementsCatalogTests
{
    private static readonly string[] RequirementReasons =
    [
        "the DBMS is not a cluster (dbms.topology)",
        "no inventory matched this plan (--inventory or --neo4j-uri)",
        "no backup location was given (--backups)",
    ];

    private static BackupPlan Plan(string topology, string version)
    {
        var text = File.ReadAllText(Path.Combine(Repo.Fixtures, "base-plan.yaml"))
            .Replace("topology: cluster", $"topology: {topology}", StringComparison.Ordinal)
            .Replace("version: \"2025.10\"", $"version: \"{version}\"", StringComparison.Ordinal);
        var result = PlanLoader.LoadText(new InputFile("/x/plan.yaml", "plan.yaml", true), System.Text.Encoding.UTF8.GetBytes(text), BackupPolicyLint.Loading.Yaml.ReaderLimits.Default);
        return Assert.Single(result.Plans);
    }

    /// <summary>The rule's own answer, asked directly (no engine, no inventory, no backups); null when it relies on a requirement the engine judged.</summary>
    private static Applicability? Applies(PlanRule rule, BackupPlan plan)
    {
        try
        {
            return rule.Applies(new PlanContext(plan, rule.Descriptor, Severity.Error, new Dictionary<string, string>(), Checks.Now));
        }
        catch (InvalidOperationException)
        {
            // context.RequiredInventory / RequiredArtifacts: the rule declares the requirement, and the engine never asks it here.
            return null;
        }
    }

    public static TheoryData<string> RuleIds => new(RuleCatalog.All.Select(r => r.Descriptor.Id));

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Applies_ShouldNeverAnswerWithARequirementsReason(string id)
    {
        var rule = RuleCatalog.Find(id)!;
        foreach (var plan in new[] { Plan("cluster", "2025.10"), Plan("standalone", "2025.10"), Plan("cluster", "3.5"), Plan("standalone", "3.5") })
        {
            var reason = Applies(rule, plan)?.Reason;
            Assert.False(
                RequirementReasons.Contains(reason),
                $"{id}.Applies answers '{reason}': declare the requirement in its descriptor's Requires instead (the engine judges it)");
        }
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Applies_ShouldNotTurnOnTheVersionAlone(string id)
    {
        // A rule judged on 2025.10 but not applicable on 3.5 of the same plan restates a minimum version: RequiresFeature says it.
        var rule = RuleCatalog.Find(id)!;
        foreach (var topology in new[] { "cluster", "standalone" })
        {
            var current = Applies(rule, Plan(topology, "2025.10"));
            var old = Applies(rule, Plan(topology, "3.5"));
            Assert.False(
                current?.Kind == ApplicabilityKind.Applicable && old?.Kind == ApplicabilityKind.NotApplicable,
                $"{id}.Applies is not applicable on 3.5 only for the version ('{old?.Reason}'): declare RequiresFeature on its descriptor instead");
        }
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Check_ShouldNotTestWhatItsDescriptorRequires(string id)
    {
        var descriptor = RuleCatalog.Find(id)!.Descriptor;
        var source = string.Join('\n', Directory.GetFiles(Repo.Path("src", "BackupPolicyLint.Rules"), $"{id}.*.cs", SearchOption.AllDirectories).Select(File.ReadAllText));
        Assert.NotEmpty(source);
        var restated = new List<string>();
        if (descriptor.Requires.HasFlag(RuleRequirements.Cluster) && source.Contains(".IsCluster", StringComparison.Ordinal))
        {
            restated.Add("IsCluster (always true: the descriptor requires a cluster)");
        }

        if (descriptor.Requires.HasFlag(RuleRequirements.Inventory) && Regex.IsMatch(source, @"context\.Inventory\b"))
        {
            restated.Add("context.Inventory (read context.RequiredInventory: the descriptor requires an inventory)");
        }

        if (descriptor.Requires.HasFlag(RuleRequirements.BackupLocation) && Regex.IsMatch(source, @"context\.Artifacts\b"))
        {
            restated.Add("context.Artifacts (read context.RequiredArtifacts: the descriptor requires a backup location)");
        }

        if (descriptor.RequiresFeature is { } feature && source.Contains($"Has(Neo4jFeature.{feature}) == false", StringComparison.Ordinal))
        {
            restated.Add($"Has(Neo4jFeature.{feature}) == false (the descriptor requires the feature)");
        }

        Assert.True(restated.Count == 0, $"{id} tests what its descriptor requires: {string.Join("; ", restated)}");
    }

    [Fact]
    public void Requirements_ShouldBeDeclaredWhereTheyRecur()
    {
        // Which rules the engine judges the shared preconditions for: a change here is a change of outcomes.
        string Ids(Func<RuleDescriptor, bool> which) => string.Join(' ', RuleCatalog.All.Select(r => r.Descriptor).Where(which).Select(d => d.Id));

        Assert.Equal("BPL503 BPL504 BPL703", Ids(d => d.Requires.HasFlag(RuleRequirements.Cluster)));
        Assert.Equal("BPL801 BPL802 BPL803 BPL804 BPL805", Ids(d => d.Requires.HasFlag(RuleRequirements.Inventory)));
        Assert.Equal("BPL901 BPL902 BPL903 BPL904", Ids(d => d.Requires.HasFlag(RuleRequirements.BackupLocation)));
        Assert.Equal("BPL101 BPL703", Ids(d => d.RequiresFeature is not null));
    }
}
