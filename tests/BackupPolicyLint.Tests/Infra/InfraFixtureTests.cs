using BackupPolicyLint.Engine;
using BackupPolicyLint.Tests.Rules;
using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Tests.Infra;

/// <summary>
/// Fixtures/Infra holds realistic infrastructure files (scripts, cron, Dockerfile, compose, CI, Helm values) with their
/// expected findings marked as in rule fixtures, and files that have nothing to do with Neo4j, which must stay quiet.
/// </summary>
public sealed class InfraFixtureTests
{
    private static string Directory => Path.Combine(Repo.Fixtures, "Infra");

    public static TheoryData<string> Files() => new(System.IO.Directory.GetFiles(Directory).Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Files))]
    public void File_WhenCheckedAlone_ShouldProduceExactlyTheMarkedFindings(string file)
    {
        var report = CheckPipeline.Run(new CheckRequest { Paths = [file], WorkingDirectory = Directory, Now = Checks.Now });

        var expected = RuleFixtureTests.Markers(file, File.ReadAllLines(Path.Combine(Directory, file)));
        var actual = report.Findings.Select(RuleFixtureTests.Marker).Order(StringComparer.Ordinal).ToList();
        var messages = string.Join("\n", report.Findings.Select(f => $"  {f.Span}: {f.RuleId} {f.Message}"));
        Assert.True(expected.SequenceEqual(actual), $"{file}\nexpected:\n  {string.Join("\n  ", expected)}\nactual:\n{messages}");
        Assert.All(report.Findings, f => Assert.NotEqual(Diagnostics.SourceKind.Plan, f.Source));
    }

    [Fact]
    public void Folder_WhenWalked_ShouldNotReadFilesThatHaveNothingToDoWithNeo4j()
    {
        var report = CheckPipeline.Run(new CheckRequest { Paths = ["."], WorkingDirectory = Directory, Now = Checks.Now });

        Assert.DoesNotContain("unrelated.sh", report.Files);
        Assert.DoesNotContain("unrelated-deployment.yaml", report.Files);
        Assert.DoesNotContain(report.Findings, f => f.Span.File.StartsWith("unrelated", StringComparison.Ordinal) || f.Span.File == "not-a-plan.yaml");
        Assert.Contains("nightly-backup.sh", report.Files);
    }

    [Fact]
    public void ScriptFindings_ShouldSayScriptAndManifestFindingsManifest()
    {
        var script = CheckPipeline.Run(new CheckRequest { Paths = ["legacy-44.sh"], WorkingDirectory = Directory, Now = Checks.Now });
        var manifest = CheckPipeline.Run(new CheckRequest { Paths = ["backup-values.yaml"], WorkingDirectory = Directory, Now = Checks.Now });

        Assert.All(script.Findings, f => Assert.Equal(Diagnostics.SourceKind.Script, f.Source));
        Assert.All(manifest.Findings, f => Assert.Equal(Diagnostics.SourceKind.Manifest, f.Source));
    }
}
