using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Rules.BuiltIn;
using BackupPolicyLint.Rules.Controls;
using Xunit;

namespace BackupPolicyLint.Tests.Rules;

/// <summary>
/// Meta-tests over the controls the descriptors declare (the one place a rule's controls are written): every rule
/// evidences a control of each framework, names only controls of the catalogue and none twice, and every control of
/// the catalogue is evidenced by some rule. Diagnostics evidence none.
/// </summary>
public sealed class RuleControlTests
{
    public static TheoryData<string> RuleIds() => new(RuleCatalog.All.Select(r => r.Descriptor.Id));

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_ShouldMapToAControlOfEveryFramework(string id)
    {
        var controls = RuleCatalog.Find(id)!.Descriptor.Controls;

        foreach (var framework in Enum.GetValues<ControlFramework>())
        {
            Assert.True(controls.Any(c => c.Framework == framework), $"{id} declares no {framework.ToTitle()} control: add one to Controls in its descriptor");
        }
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_ShouldDeclareOnlyCatalogueControls_EachOnce(string id)
    {
        var controls = RuleCatalog.Find(id)!.Descriptor.Controls;

        Assert.All(controls, c => Assert.Contains(c, ControlCatalog.All));
        Assert.Equal(controls.Count, controls.Distinct().Count());
    }

    [Fact]
    public void EveryControlOfTheCatalogue_ShouldBeEvidencedBySomeRule()
    {
        var used = RuleCatalog.All.SelectMany(r => r.Descriptor.Controls).ToHashSet();

        Assert.All(ControlCatalog.All, c => Assert.Contains(c, used));
    }

    [Fact]
    public void Diagnostics_ShouldEvidenceNoControl()
    {
        Assert.All(DiagnosticDescriptors.All, d => Assert.Empty(d.Controls));
    }

    [Theory]
    [InlineData("nist", ControlFramework.Nist)]
    [InlineData("iso27001", ControlFramework.Iso27001)]
    [InlineData("soc2", ControlFramework.Soc2)]
    public void FrameworkKeys_ShouldRoundTrip(string key, object frameworkValue)
    {
        // object: a theory is public and ControlFramework is internal; InlineData still names the enum's values.
        var framework = (ControlFramework)frameworkValue;
        Assert.Equal(framework, ControlFrameworkNames.Parse(key));
        Assert.Equal(key, framework.ToKey());
    }
}
