using BackupPolicyLint.Cli.RuleListing;
using BackupPolicyLint.Rules;
using BackupPolicyLint.Rules.BuiltIn;
using BackupPolicyLint.Tests.Support;
using Xunit;
using static BackupPolicyLint.Rules.Controls.ControlCatalog;

namespace BackupPolicyLint.Cli.Tests.Docs;

/// <summary>
/// `bpl rules docs` from a catalogue: a changed descriptor (severity, name, controls) changes every generated place
/// that repeats it and nothing else needs editing; a new rule gets its index row, page and shipped line; hand-written
/// prose is kept; a doc without its generated block is refused with the line to add.
/// </summary>
public sealed class RuleDocsGeneratorTests
{
    private static string? CheckedIn(string name) =>
        File.Exists(Repo.Path("docs", "rules", name)) ? File.ReadAllText(Repo.Path("docs", "rules", name)).ReplaceLineEndings("\n") : null;

    private static Dictionary<string, string> Generate(IReadOnlyList<RuleDescriptor> catalogue) =>
        RuleDocsGenerator.Generate(catalogue, CheckedIn).ToDictionary(f => f.Name, f => f.Text);

    private static IReadOnlyList<RuleDescriptor> With(RuleDescriptor changed) =>
        RuleCatalog.Descriptors.Select(d => d.Id == changed.Id ? changed : d).ToList();

    [Fact]
    public void ChangedDescriptor_ShouldChangeTheIndexItsPageAndTheControlMatrix_AndNothingElse()
    {
        var original = RuleCatalog.FindDescriptor("BPL401")!;
        var changed = original with { Name = "no-copy-elsewhere", Severities = DefaultSeverities.Parse("W/N/-"), Controls = [Cp9, IsoBackup] };

        var before = Generate(RuleCatalog.Descriptors);
        var after = Generate(With(changed));

        var differing = after.Keys.Where(name => after[name] != before[name]).Order(StringComparer.Ordinal);
        Assert.Equal(["BPL401.md", "README.md", "controls.md"], differing);
        Assert.Contains("| [BPL401](BPL401.md) | no-copy-elsewhere | plan, scripts | warning | note | off |\n", after["README.md"], StringComparison.Ordinal);
        Assert.StartsWith("# BPL401: no-copy-elsewhere\n", after["BPL401.md"], StringComparison.Ordinal);
        Assert.Contains("| BPL401 | no-copy-elsewhere | Storage and retention | plan, scripts | none | warning | note | off |\n", after["BPL401.md"], StringComparison.Ordinal);
        Assert.Contains("| [BPL401](BPL401.md) | no-copy-elsewhere | CP-9 | A.8.13 |  |\n", after["controls.md"], StringComparison.Ordinal);
        Assert.DoesNotContain("BPL401", after["controls.md"].Split('\n').Single(l => l.StartsWith("| NIST SP 800-53 | CP-6 |", StringComparison.Ordinal)), StringComparison.Ordinal);
        // The prose under the header table is the page's own, unchanged.
        Assert.Equal(before["BPL401.md"][before["BPL401.md"].IndexOf("## What it checks", StringComparison.Ordinal)..], after["BPL401.md"][after["BPL401.md"].IndexOf("## What it checks", StringComparison.Ordinal)..]);
    }

    [Fact]
    public void Requirements_ShouldBeInThePagesHeaderTable_AndNowhereElse()
    {
        var original = RuleCatalog.FindDescriptor("BPL401")!;
        var changed = original with { Requires = RuleRequirements.Cluster | RuleRequirements.BackupLocation, RequiresFeature = BackupPolicyLint.Model.Neo4jFeature.SeedFromUri };

        var before = Generate(RuleCatalog.Descriptors);
        var after = Generate(With(changed));

        Assert.Equal(["BPL401.md"], after.Keys.Where(name => after[name] != before[name]).Order(StringComparer.Ordinal));
        Assert.Contains("| id | name | category | inputs | requires | production | staging | development/test |\n|---|---|---|---|---|---|---|---|\n", after["BPL401.md"], StringComparison.Ordinal);
        Assert.Contains(
            "| BPL401 | no-off-site-copy | Storage and retention | plan, scripts | cluster, backup location, seeding a database from a URI (5.0+) | ",
            after["BPL401.md"],
            StringComparison.Ordinal);
        Assert.Contains("| BPL703 | cluster-restore-not-seeded | Recovery | plan | cluster, seeding a database from a URI (5.0+) | warning | warning | off |\n", before["BPL703.md"], StringComparison.Ordinal);
        Assert.Contains("| BPL801 | setting-drift | Live inventory | plan, inventory | inventory | ", before["BPL801.md"], StringComparison.Ordinal);
    }

    [Fact]
    public void NewRule_ShouldGetItsIndexRow_AStartedPage_AndAShippedLine()
    {
        var template = RuleCatalog.FindDescriptor("BPL904")!;
        var added = template with { Id = "BPL905", Name = "backup-unreadable", Title = "A backup cannot be read." };

        var files = Generate([.. RuleCatalog.Descriptors, added]);

        Assert.Contains("| [BPL904](BPL904.md) | orphan-differential | artifacts | error | error | warning |\n| [BPL905](BPL905.md) | backup-unreadable |", files["README.md"], StringComparison.Ordinal);
        Assert.StartsWith("# BPL905: backup-unreadable\n\n<!-- generated: bpl rules docs -->\n| id | name | category |", files["BPL905.md"], StringComparison.Ordinal);
        Assert.All(RulePageHeader.Headings, h => Assert.Contains($"\n## {h}\n\n{RulePageHeader.ToWrite}\n", files["BPL905.md"], StringComparison.Ordinal));
        Assert.EndsWith("BPL904 orphan-differential\nBPL905 backup-unreadable\n", files["shipped.txt"], StringComparison.Ordinal);
    }

    [Fact]
    public void Page_WithoutItsGeneratedBlock_ShouldBeRefusedWithTheLinesToAdd()
    {
        var catalogue = new[] { RuleCatalog.FindDescriptor("BPL101")! };

        var refused = Assert.Throws<UsageException>(() => RuleDocsGenerator.Generate(catalogue, name => name == "BPL101.md" ? "# BPL101: old-name\n\nprose\n" : CheckedIn(name)));

        var message = Assert.Single(refused.Messages, m => m.StartsWith("BPL101.md", StringComparison.Ordinal));
        Assert.Contains("'<!-- generated: bpl rules docs -->'", message, StringComparison.Ordinal);
        Assert.Contains("'<!-- end generated -->'", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Index_WithoutABlockForACategory_ShouldNameTheCategory()
    {
        var index = CheckedIn("README.md")!.Replace("<!-- generated: bpl rules docs (Recovery) -->\n", "", StringComparison.Ordinal);

        var refused = Assert.Throws<UsageException>(() => RuleDocsGenerator.Generate(RuleCatalog.Descriptors, name => name == "README.md" ? index : CheckedIn(name)));

        Assert.Contains(refused.Messages, m => m.Contains("(Recovery)", StringComparison.Ordinal));
    }

    [Fact]
    public void ShippedList_ShouldKeepEveryLine_EvenOfARenamedRule()
    {
        var shipped = ShippedList.Update([("BPL101", "renamed"), ("BPL999", "new-rule")], "# header\nBPL101 system-database-not-covered\n");

        Assert.Equal("# header\nBPL101 system-database-not-covered\nBPL999 new-rule\n", shipped);
    }
}
