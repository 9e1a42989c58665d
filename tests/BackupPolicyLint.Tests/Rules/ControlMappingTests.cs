using BackupPolicyLint.Rules.BuiltIn;
using BackupPolicyLint.Rules.Controls;
using Xunit;

namespace BackupPolicyLint.Tests.Rules;

/// <summary>Meta-tests over the control table: every rule evidences a control of each framework, and the table is clean.</summary>
public sealed class ControlMappingTests
{
    public static TheoryData<string> RuleIds() => new(RuleCatalog.All.Select(r => r.Descriptor.Id));

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_ShouldMapToAControlOfEveryFramework(string id)
    {
        var controls = RuleCatalog.Find(id)!.Descriptor.Controls;

        foreach (var framework in Enum.GetValues<ControlFramework>())
        {
            Assert.True(controls.Any(c => c.Framework == framework), $"{id} maps to no {framework.ToTitle()} control in ControlMappings");
        }
    }

    [Fact]
    public void Table_ShouldUseWellFormedIdsAndOnlyCatalogueControls()
    {
        foreach (var id in ControlMappings.RuleIds)
        {
            Assert.Matches("^BPL[1-9][0-9]{2}$", id);
            Assert.All(ControlMappings.For(id), c => Assert.Contains(c, ControlCatalog.All));
            Assert.Equal(ControlMappings.For(id).Count, ControlMappings.For(id).Distinct().Count());
        }
    }

    [Fact]
    public void EveryControlOfTheCatalogue_ShouldBeEvidencedBySomeRule()
    {
        var used = ControlMappings.RuleIds.SelectMany(ControlMappings.For).ToHashSet();

        Assert.All(ControlCatalog.All, c => Assert.Contains(c, used));
    }

    [Fact]
    public void UnknownRule_ShouldMapToNothing()
    {
        Assert.Empty(ControlMappings.For("BPL999"));
    }

    [Theory]
    [InlineData("nist", ControlFramework.Nist)]
    [InlineData("iso27001", ControlFramework.Iso27001)]
    [InlineData("soc2", ControlFramework.Soc2)]
    public void FrameworkKeys_ShouldRoundTrip(string key, ControlFramework framework)
    {
        Assert.Equal(framework, ControlFrameworkNames.Parse(key));
        Assert.Equal(key, framework.ToKey());
    }
}
