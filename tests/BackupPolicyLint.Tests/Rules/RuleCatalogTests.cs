using System.Text.RegularExpressions;
using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Loading.Policies;
using BackupPolicyLint.Rules;
using BackupPolicyLint.Rules.BuiltIn;
using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Tests.Rules;

/// <summary>Meta-tests over every rule: ids, docs, fixtures and packs stay in step with the code.</summary>
public sealed partial class RuleCatalogTests
{
    public static TheoryData<string> RuleIds() => new(RuleCatalog.All.Select(r => r.Descriptor.Id));

    [Fact]
    public void Catalog_WhenLoaded_ShouldHaveUniqueWellFormedIdsAndNames()
    {
        var descriptors = RuleCatalog.All.Select(r => r.Descriptor).ToList();

        Assert.NotEmpty(descriptors);
        Assert.All(descriptors, d => Assert.Matches("^BPL[1-9][0-9]{2}$", d.Id));
        Assert.All(descriptors, d => Assert.Matches("^[a-z]+(-[a-z0-9]+)*$", d.Name));
        Assert.Equal(descriptors.Count, descriptors.Select(d => d.Id).Distinct().Count());
        Assert.Equal(descriptors.Count, descriptors.Select(d => d.Name).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_ShouldMatchTheShippedIdNameList(string id)
    {
        // docs/rules/shipped.txt records every id/name pair ever released: ids and names are a public contract.
        var shipped = File.ReadAllLines(Repo.Path("docs", "rules", "shipped.txt"))
            .Where(l => l.StartsWith("BPL", StringComparison.Ordinal))
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(p => p[0], p => p[1]);
        var rule = RuleCatalog.Find(id)!;

        Assert.True(shipped.TryGetValue(id, out var name), $"{id} is missing from docs/rules/shipped.txt");
        Assert.Equal(name, rule.Descriptor.Name);
    }

    [Fact]
    public void ShippedList_ShouldNeverLoseARule()
    {
        var shipped = File.ReadAllLines(Repo.Path("docs", "rules", "shipped.txt"))
            .Where(l => l.StartsWith("BPL", StringComparison.Ordinal))
            .Select(l => l.Split(' ')[0]);

        Assert.All(shipped, id => Assert.True(RuleCatalog.Find(id) is not null, $"shipped rule {id} is gone from the catalogue"));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_ShouldHaveADocsPageWithTheTemplateHeadings(string id)
    {
        var page = File.ReadAllText(Repo.Path("docs", "rules", $"{id}.md"));
        var rule = RuleCatalog.Find(id)!;

        Assert.StartsWith($"# {id}: {rule.Descriptor.Name}", page, StringComparison.Ordinal);
        foreach (var heading in new[] { "## What it checks", "## Why", "## How to fix", "## Failing example", "## Passing example", "## How to waive" })
        {
            Assert.Contains(heading, page, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_ShouldHaveFiresAndQuietFixtures(string id)
    {
        var directory = Path.Combine(Repo.Fixtures, "Rules", id);

        Assert.True(File.Exists(Path.Combine(directory, "fires.yaml")), $"{id} has no fires.yaml fixture");
        Assert.True(File.Exists(Path.Combine(directory, "quiet.yaml")), $"{id} has no quiet.yaml fixture");
    }

    public static TheoryData<string> ArtifactRuleIds() =>
        new(RuleCatalog.All.Where(r => r.Descriptor.Inputs.HasFlag(RuleInputs.Artifacts)).Select(r => r.Descriptor.Id));

    [Theory]
    [MemberData(nameof(ArtifactRuleIds))]
    public void ArtifactRule_ShouldHaveABackupLocationForEachFixture(string id)
    {
        // Without --backups an artifact rule is quiet, so a fixture without a location would prove nothing.
        var directory = Path.Combine(Repo.Fixtures, "Rules", id);
        foreach (var fixture in Directory.GetFiles(directory, "*.yaml"))
        {
            var location = Path.Combine(directory, $"backups-{Path.GetFileNameWithoutExtension(fixture)}");
            Assert.True(Directory.Exists(location), $"{id}: {Path.GetFileName(fixture)} has no backup location {Path.GetFileName(location)}/");
        }
    }

    [Theory]
    [InlineData("production")]
    [InlineData("staging")]
    [InlineData("development")]
    public void BuiltInPack_ShouldSetEveryRuleToItsCatalogueSeverity(string pack)
    {
        // The checked-in policies/<pack>.yaml, read as a user's copy of it would be: generated from the descriptors.
        var since = RuleCatalog.All.ToDictionary(r => r.Descriptor.Id, r => r.Descriptor.Since, StringComparer.Ordinal);
        var loaded = new PackResolver(RuleCatalog.Ids, since, Repo.Root).Resolve(Repo.Path("policies", $"{pack}.yaml"), Repo.Root);

        foreach (var rule in RuleCatalog.All)
        {
            var setting = loaded.SettingFor(rule.Descriptor.Id);
            Assert.True(setting is not null, $"{pack} pack does not name {rule.Descriptor.Id}");
            Assert.True(rule.Descriptor.Severities.For(pack) == setting!.Severity, $"{pack} pack sets {rule.Descriptor.Id} to {setting.Severity?.ToName() ?? "off"}, catalogue says {rule.Descriptor.Severities}");
            foreach (var parameter in rule.Descriptor.Parameters)
            {
                Assert.Equal(parameter.DefaultValue, setting.Parameters.GetValueOrDefault(parameter.Name));
            }
        }
    }

    [Fact]
    public void DiagnosticIds_ShouldEachHaveADocsPage()
    {
        foreach (var id in DiagnosticIds.All)
        {
            var page = File.ReadAllText(Repo.Path("docs", "rules", $"{id}.md"));
            Assert.StartsWith($"# {id}: {DiagnosticIds.NameOf(id)}", page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void RuleIdsClass_ShouldListExactlyTheRulesInTheCatalog()
    {
        var source = File.ReadAllText(Repo.Path("src", "BackupPolicyLint.Rules", "RuleIds.cs"));
        var declared = IdPattern().Matches(source).Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal);

        Assert.Equal(RuleCatalog.All.Select(r => r.Descriptor.Id), declared);
    }

    [GeneratedRegex("\"(BPL\\d{3})\"")]
    private static partial Regex IdPattern();
}
