using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Rules.BuiltIn;
using BackupPolicyLint.Rules.Readiness;
using Xunit;

namespace BackupPolicyLint.Tests.Rules;

/// <summary>Meta-tests over the readiness catalogue: every rule belongs to an item (or is named as outside it), and the catalogue names only real ids.</summary>
public sealed class ReadinessCatalogTests
{
    private static readonly IReadOnlyList<string> DiagnosticIdList = DiagnosticIds.All;

    public static TheoryData<string> RuleIds() => new(RuleCatalog.All.Select(r => r.Descriptor.Id));

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void EveryShippedRule_ShouldBelongToAnItemOrBeListedOutsideTheChecklist(string id)
    {
        var items = ReadinessCatalog.ItemsOf(id).ToList();
        var outside = ReadinessCatalog.OutsideChecklist.ContainsKey(id);

        Assert.True(items.Count > 0 || outside, $"{id} belongs to no readiness item; add it to an item in ReadinessCatalog, or to OutsideChecklist with why");
        Assert.False(items.Count > 0 && outside, $"{id} is both in an item and listed outside the checklist");
    }

    [Fact]
    public void Diagnostics_ShouldBeListedOutsideTheChecklist()
    {
        Assert.All(DiagnosticIdList, id => Assert.True(ReadinessCatalog.OutsideChecklist.ContainsKey(id), $"{id} is not listed as a tool diagnostic"));
    }

    [Fact]
    public void EveryIdTheCatalogueNames_ShouldExist()
    {
        var known = RuleCatalog.Ids.Concat(DiagnosticIdList).ToHashSet(StringComparer.Ordinal);

        Assert.All(ReadinessCatalog.Items.SelectMany(i => i.RuleIds), id => Assert.Contains(id, known));
        Assert.All(ReadinessCatalog.OutsideChecklist.Keys, id => Assert.Contains(id, known));
    }

    [Fact]
    public void Items_ShouldHaveUniqueIdsSortedRuleIdsAndText()
    {
        Assert.Equal(ReadinessCatalog.Items.Count, ReadinessCatalog.Items.Select(i => i.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(ReadinessCatalog.Items, i => Assert.Equal(i.RuleIds.Order(StringComparer.Ordinal), i.RuleIds));
        Assert.All(ReadinessCatalog.Items, i => Assert.False(string.IsNullOrWhiteSpace(i.Title) || string.IsNullOrWhiteSpace(i.Guidance), i.Id));
    }

    [Fact]
    public void PlanningGuidance_ShouldHaveAnItemForEachPointOfNeo4jsList()
    {
        // The points of Neo4j's backup and restore planning guidance that an audit asks about (issue 18).
        string[] expected =
        [
            "every-database", "method-and-edition", "differential-chains", "off-site-storage", "retention", "archival-longevity",
            "tls-on-backup-traffic", "firewall-on-backup-port", "backup-from-outside-cluster", "additional-files", "tested-recovery",
            "cluster-seeding", "rbac-metadata",
        ];

        Assert.All(expected, id => Assert.Contains(ReadinessCatalog.Items, i => i.Id == id));
        Assert.Contains("BPL101", ReadinessCatalog.Items.Single(i => i.Id == "every-database").RuleIds);
    }
}
