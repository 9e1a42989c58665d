using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Loading.Policies;
using BackupPolicyLint.Rules.BuiltIn;
using Xunit;

namespace BackupPolicyLint.Tests.Policy;

/// <summary>Pack files extending built-in packs and each other.</summary>
public sealed class PackResolverTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bpl-packs-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private PackResolver Resolver() => new(RuleCatalog.Ids, RuleCatalog.All.ToDictionary(r => r.Descriptor.Id, r => r.Descriptor.Since), _dir);

    private string Pack(string name, string body)
    {
        File.WriteAllText(Path.Combine(_dir, name), $"apiVersion: bpl/v1\nkind: PolicyPack\nmetadata: {{ name: {Path.GetFileNameWithoutExtension(name)}, version: \"1\" }}\nspec:\n{body}");
        return name;
    }

    [Fact]
    public void ExtendingProduction_ShouldOverrideOnlyTheNamedRules()
    {
        Pack("org.yaml", "  extends: production\n  rules:\n    BPL303: off\n    BPL405: { parameters: { minKeepLast: 14 } }\n    BPL706: { severity: warning }\n");
        var pack = Resolver().Resolve("org.yaml", _dir);

        Assert.Null(pack.SettingFor("BPL303")!.Severity);
        Assert.Equal(Severity.Warning, pack.SettingFor("BPL405")!.Severity);
        Assert.Equal("14", pack.SettingFor("BPL405")!.Parameters["minKeepLast"]);
        Assert.Equal("30d", pack.SettingFor("BPL405")!.Parameters["minMaxAge"]);
        Assert.Equal(Severity.Warning, pack.SettingFor("BPL706")!.Severity);
        Assert.Equal(Severity.Error, pack.SettingFor("BPL101")!.Severity);
        Assert.Equal("org", pack.Name);
    }

    [Fact]
    public void ChangingTheBase_ShouldChangeTheHashOfThePackThatExtendsIt()
    {
        Pack("base.yaml", "  extends: production\n  rules:\n    BPL303: off\n");
        Pack("team.yaml", "  extends: base.yaml\n  rules:\n    BPL706: error\n");
        var before = Resolver().Resolve("team.yaml", _dir);
        Pack("base.yaml", "  extends: production\n  rules:\n    BPL303: note\n");
        var after = Resolver().Resolve("team.yaml", _dir);

        Assert.Equal(Severity.Note, after.SettingFor("BPL303")!.Severity);
        Assert.NotEqual(before.ContentHash, after.ContentHash);
    }

    [Fact]
    public void ACycle_ShouldBeRefused()
    {
        Pack("a.yaml", "  extends: b.yaml\n");
        Pack("b.yaml", "  extends: a.yaml\n");
        var error = Assert.Throws<PolicyDocumentException>(() => Resolver().Resolve("a.yaml", _dir));
        Assert.Contains("cycle", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownRuleOrBadKey_ShouldBeRefusedWithItsLocation()
    {
        Pack("bad.yaml", "  extends: production\n  rules:\n    BPL999: error\n");
        Assert.Contains("bad.yaml:7:5: unknown rule 'BPL999'", Assert.Throws<PolicyDocumentException>(() => Resolver().Resolve("bad.yaml", _dir)).Message, StringComparison.Ordinal);
        Pack("typo.yaml", "  extnds: production\n");
        Assert.Contains("extnds", Assert.Throws<PolicyDocumentException>(() => Resolver().Resolve("typo.yaml", _dir)).Message, StringComparison.Ordinal);
    }

    private PackResolver NamingResolver() => new(
        RuleCatalog.Ids,
        RuleCatalog.All.ToDictionary(r => r.Descriptor.Id, r => r.Descriptor.Since),
        _dir,
        RuleCatalog.All.ToDictionary(r => r.Descriptor.Name, r => r.Descriptor.Id));

    [Fact]
    public void RuleNames_ShouldStandForTheirIds()
    {
        Pack("named.yaml", "  extends: production\n  rules:\n    outside-off-peak-window: off\n    consistency-check-missing: { severity: warning }\n");

        var pack = NamingResolver().Resolve("named.yaml", _dir);

        Assert.Null(pack.SettingFor("BPL303")!.Severity);
        Assert.Equal(Severity.Warning, pack.SettingFor("BPL706")!.Severity);
        Assert.False(pack.Rules.ContainsKey("outside-off-peak-window"));
    }

    [Fact]
    public void ARuleGivenByIdAndByName_ShouldBeRefused()
    {
        Pack("twice.yaml", "  rules:\n    BPL303: off\n    outside-off-peak-window: note\n");

        var error = Assert.Throws<PolicyDocumentException>(() => NamingResolver().Resolve("twice.yaml", _dir));

        Assert.Contains("twice.yaml:7:5: rule BPL303 is already set in this pack as 'BPL303'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownName_ShouldBeRefused()
    {
        Pack("typo.yaml", "  rules:\n    outside-off-peak-windw: off\n");

        Assert.Contains("typo.yaml:6:5: unknown rule 'outside-off-peak-windw'", Assert.Throws<PolicyDocumentException>(() => NamingResolver().Resolve("typo.yaml", _dir)).Message, StringComparison.Ordinal);
    }
}
