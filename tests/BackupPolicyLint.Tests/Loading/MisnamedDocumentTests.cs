using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Tests.Loading;

/// <summary>
/// A walked folder: a plan whose apiVersion is misspelt (no "bpl/" in the file at all) is still found and reported,
/// while another tool's BackupPlan custom resource is neither reported nor counted as a checked file.
/// </summary>
public sealed class MisnamedDocumentTests
{
    [Theory]
    [InlineData("apiVersion: bpI/v1\nkind: BackupPlan\n", 1, "did you mean 'bpl/v1'?")]
    [InlineData("kind: BackupPlan\n", 1, "needs apiVersion: bpl/v1")]
    [InlineData("apiVersion: \"bpl-v1\"\nkind: BackupPlan\n", 1, "did you mean 'bpl/v1'?")]
    [InlineData("apiVersion: bpl/v1\nkind: backupplan\n", 2, "did you mean 'BackupPlan'?")]
    [InlineData("kind: Waivers\n", 1, "needs apiVersion: bpl/v1")]
    public void MisnamedBplDocument_InAWalkedFolder_ShouldBeBpl002(string head, int line, string expected)
    {
        using var directory = new TempDirectory();
        directory.Write("plans/orders.yaml", head + "metadata:\n  name: orders\nspec:\n  environment: production\n");

        var report = Checks.Run(directory.Path, ".");

        var finding = Assert.Single(report.Findings);
        Assert.Equal((DiagnosticIds.SchemaViolation, "plans/orders.yaml", line), (finding.RuleId, finding.Span.File, finding.Span.Line));
        Assert.Contains(expected, finding.Message, StringComparison.Ordinal);
        Assert.Equal(1, report.FilesChecked);
    }

    [Theory]
    [InlineData("BackupPlan")]
    [InlineData("PolicyPack")]
    [InlineData("Waivers")]
    [InlineData("Baseline")]
    [InlineData("Config")]
    [InlineData("Rule")]
    [InlineData("Inventory")]
    public void EveryKindBplWrites_WithItsApiVersion_ShouldBeItsOwn(string kind)
    {
        var document = BackupPolicyLint.Loading.Yaml.LocatedYamlReader.Read("doc.yaml", $"apiVersion: bpl/v1\nkind: {kind}\n").Documents[0];

        Assert.Null(BackupPolicyLint.Loading.Plans.BplDocumentIdentity.Problem(document));
    }

    [Theory]
    [InlineData("apiVersion: backups.example.io/v1alpha1\nkind: BackupPlan\nmetadata:\n  name: nightly\nspec:\n  schedule: \"0 1 * * *\"\n")]
    [InlineData("apiVersion: v1\nkind: Config\nclusters: []\n")]
    [InlineData("kind: BackupPlan\nspec: [\n")]
    public void OtherToolsDocument_InAWalkedFolder_ShouldBeNeitherReportedNorCounted(string text)
    {
        using var directory = new TempDirectory();
        directory.Write("k8s/backup.yaml", text);
        directory.Write("plans/ok.yaml", "apiVersion: bpl/v1\nkind: BackupPlan\nmetadata:\n  name: ok\n  owner: team\nspec:\n  environment: development\n  databases:\n    - name: neo4j\n");

        var report = Checks.Run(directory.Path, ".");

        Assert.DoesNotContain(report.Findings, f => f.Span.File.StartsWith("k8s/", StringComparison.Ordinal));
        Assert.Equal(1, report.FilesChecked);
    }
}
