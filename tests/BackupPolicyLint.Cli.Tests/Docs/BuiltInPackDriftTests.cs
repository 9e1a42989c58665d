using BackupPolicyLint.Cli.RuleListing;
using BackupPolicyLint.Rules.BuiltIn;
using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Cli.Tests.Docs;

/// <summary>
/// policies/production.yaml, staging.yaml and development.yaml are what `bpl rules docs --packs policies` writes from
/// the descriptors: the command runs in process into copies of docs/rules and policies/, and any difference in a pack
/// fails with a unified diff and the command that regenerates it.
/// </summary>
public sealed class BuiltInPackDriftTests
{
    private const string Regenerate = $"dotnet run --project src/BackupPolicyLint.Cli -- rules docs --output docs/rules --packs policies   (that is, `{BuiltInPackFiles.Command}`)";

    [Fact]
    public void CheckedInPacks_ShouldBeWhatTheCatalogueGenerates()
    {
        using var temp = new TempDirectory();
        var docs = Directory.CreateDirectory(Path.Combine(temp.Path, "rules")).FullName;
        var packs = Directory.CreateDirectory(Path.Combine(temp.Path, "policies")).FullName;
        foreach (var file in Directory.GetFiles(Repo.Path("docs", "rules")))
        {
            File.Copy(file, Path.Combine(docs, Path.GetFileName(file)));
        }

        foreach (var file in Directory.GetFiles(Repo.Path("policies"), "*.yaml"))
        {
            File.Copy(file, Path.Combine(packs, Path.GetFileName(file)));
        }

        var result = InProcessCli.Run(Repo.Root, new Dictionary<string, string>(), "rules", "docs", "--output", docs, "--packs", packs);

        Assert.True(result.ExitCode == 0, $"`bpl rules docs` failed: {result.Error}");
        var diffs = Directory.GetFiles(packs).Order(StringComparer.Ordinal)
            .Select(generated => (Name: Path.GetFileName(generated), Generated: File.ReadAllText(generated), CheckedIn: ReadOrEmpty(Repo.Path("policies", Path.GetFileName(generated)))))
            .Where(f => f.Generated != f.CheckedIn)
            .Select(f => LineDiff.Unified(f.CheckedIn, f.Generated, $"policies/{f.Name} (checked in)", $"policies/{f.Name} (generated)"))
            .ToList();
        Assert.True(diffs.Count == 0, $"policies/ is not what the rule catalogue generates (edit the rule's descriptor, not the pack); regenerate with\n  {Regenerate}\nthen read the diff:\n{string.Concat(diffs)}");
        Assert.Equal(BuiltInPackFiles.Generate(RuleCatalog.Descriptors).Select(f => f.Name).Order(StringComparer.Ordinal), Directory.GetFiles(packs).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Packs_IntoAMissingFolder_ShouldBeRefusedNamingTheOption()
    {
        using var temp = new TempDirectory();

        var result = InProcessCli.Run(Repo.Root, new Dictionary<string, string>(), "rules", "docs", "--output", temp.Path, "--packs", Path.Combine(temp.Path, "nowhere"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--packs names the folder of the built-in packs", result.Error, StringComparison.Ordinal);
    }

    private static string ReadOrEmpty(string path) => File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "";
}
