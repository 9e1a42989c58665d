using BackupPolicyLint.Cli.RuleListing;
using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Loading.Policies;
using BackupPolicyLint.Rules;
using BackupPolicyLint.Rules.BuiltIn;
using Xunit;

namespace BackupPolicyLint.Cli.Tests.Docs;

/// <summary>
/// A rule's severities and parameters are declared on its descriptor only: changing them there changes the generated
/// pack files and the packs the tool builds at start (and so their hash), with no pack to edit by hand.
/// </summary>
public sealed class BuiltInPackFilesTests
{
    private static IReadOnlyList<RuleDescriptor> With(RuleDescriptor changed) =>
        RuleCatalog.Descriptors.Select(d => d.Id == changed.Id ? changed : d).ToList();

    private static Dictionary<string, string> Generate(IReadOnlyList<RuleDescriptor> catalogue) =>
        BuiltInPackFiles.Generate(catalogue).ToDictionary(f => f.Name, f => f.Text);

    [Fact]
    public void ChangedSeverity_ShouldChangeEveryPackFile_AndTheBuiltPacks()
    {
        var original = RuleCatalog.FindDescriptor("BPL401")!; // E/W/W
        var changed = original with { Severities = DefaultSeverities.Parse("W/N/-"), OffReason = "off-site copies are not expected here" };

        var before = Generate(RuleCatalog.Descriptors);
        var after = Generate(With(changed));

        Assert.Equal(["development.yaml", "production.yaml", "staging.yaml"], after.Keys.Where(name => after[name] != before[name]).Order(StringComparer.Ordinal));
        Assert.Contains("\n    BPL401: warning   # no-off-site-copy\n", after["production.yaml"], StringComparison.Ordinal);
        Assert.Contains("\n    BPL401: note      # no-off-site-copy\n", after["staging.yaml"], StringComparison.Ordinal);
        Assert.Contains("\n    BPL401: off       # no-off-site-copy (off: off-site copies are not expected here)\n", after["development.yaml"], StringComparison.Ordinal);

        var rules = With(changed).Where(d => d.Category != RuleCategory.Diagnostics).ToList();
        var production = BuiltInPackDefinition.All[0];
        var built = BuiltInPacks.Build(production, rules);
        Assert.Equal(Severity.Warning, built.SettingFor("BPL401")!.Severity);
        Assert.Null(BuiltInPacks.Build(BuiltInPackDefinition.All[2], rules).SettingFor("BPL401")!.Severity);
        Assert.NotEqual(BuiltInPacks.Shipped[0].ContentHash, built.ContentHash);
    }

    [Fact]
    public void ChangedParameterDefault_ShouldChangeThePackFilesAndTheBuiltPacks()
    {
        var original = RuleCatalog.FindDescriptor("BPL304")!;
        var changed = original with { Parameters = [original.Parameters[0] with { DefaultValue = "350" }] };

        var after = Generate(With(changed));

        Assert.All(after.Values, text => Assert.Contains("    BPL304:           # rto-at-risk", text, StringComparison.Ordinal));
        Assert.All(after.Values, text => Assert.Contains("\n        restoreThroughputMiBps: 350\n", text, StringComparison.Ordinal));
        var built = BuiltInPacks.Build(BuiltInPackDefinition.All[1], With(changed).Where(d => d.Category != RuleCategory.Diagnostics).ToList());
        Assert.Equal("350", built.SettingFor("BPL304")!.Parameters["restoreThroughputMiBps"]);
    }

    [Fact]
    public void BuiltPack_ShouldHashTheTextItWouldBeWrittenAs()
    {
        var files = Generate(RuleCatalog.Descriptors);

        foreach (var pack in BuiltInPacks.Shipped)
        {
            var text = files[$"{pack.Name}.yaml"];
            Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text))), pack.ContentHash);
        }
    }
}
