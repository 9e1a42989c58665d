using BackupPolicyLint.Cli.RuleListing;
using BackupPolicyLint.Rules.BuiltIn;
using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Cli.Tests.Docs;

/// <summary>
/// The rule docs that repeat the catalogue (the index's tables, each page's title and header table, the control matrix,
/// the shipped list) are what `bpl rules docs` generates from the descriptors: the generator runs in process into a
/// copy of docs/rules, and any difference fails with a unified diff and the command that regenerates the files.
/// </summary>
public sealed class RuleDocsDriftTests
{
    private const string Regenerate = $"dotnet run --project src/BackupPolicyLint.Cli -- rules docs --output docs/rules   (that is, `{RuleDocsGenerator.Command}`)";

    [Fact]
    public void CheckedInRuleDocs_ShouldBeWhatTheCatalogueGenerates()
    {
        using var temp = new TempDirectory();
        var docs = Repo.Path("docs", "rules");
        foreach (var file in Directory.GetFiles(docs))
        {
            File.Copy(file, Path.Combine(temp.Path, Path.GetFileName(file)));
        }

        var result = InProcessCli.Run(Repo.Root, new Dictionary<string, string>(), "rules", "docs", "--output", temp.Path);

        Assert.True(result.ExitCode == 0, $"`bpl rules docs` failed: {result.Error}");
        var diffs = Directory.GetFiles(temp.Path).Order(StringComparer.Ordinal)
            .Select(generated => (Name: Path.GetFileName(generated), Generated: File.ReadAllText(generated), CheckedIn: ReadOrEmpty(Path.Combine(docs, Path.GetFileName(generated)))))
            .Where(f => f.Generated != f.CheckedIn)
            .Select(f => LineDiff.Unified(f.CheckedIn, f.Generated, $"docs/rules/{f.Name} (checked in)", $"docs/rules/{f.Name} (generated)"))
            .ToList();
        Assert.True(diffs.Count == 0, $"docs/rules is not what the rule catalogue generates; regenerate with\n  {Regenerate}\nthen read the diff:\n{string.Concat(diffs)}");
    }

    [Fact]
    public void RulePages_ShouldHaveNoSectionLeftToWrite()
    {
        var unwritten = Directory.GetFiles(Repo.Path("docs", "rules"), "BPL*.md")
            .Where(page => File.ReadAllText(page).Contains(RulePageHeader.ToWrite, StringComparison.Ordinal))
            .Select(Path.GetFileName)
            .ToList();

        Assert.True(unwritten.Count == 0, $"pages with a generated section not yet written ('{RulePageHeader.ToWrite}'): {string.Join(", ", unwritten)}");
    }

    [Fact]
    public void EveryRulePage_ShouldBeOfARuleOrDiagnosticOfTheCatalogue()
    {
        var pages = Directory.GetFiles(Repo.Path("docs", "rules"), "BPL*.md").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);

        Assert.Equal(RuleCatalog.Descriptors.Select(d => d.Id), pages);
    }

    private static string ReadOrEmpty(string path) => File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "";
}
