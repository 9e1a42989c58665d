using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Cli.Tests.Infra;

/// <summary>Files about Neo4j that bpl does not judge are never silently clean: --verbose names each with why.</summary>
public sealed class SkippedFilesVerboseTests
{
    private static string Chart => Path.Combine(Repo.Fixtures, "RealWorld", "helm-chart-backup-template");

    [Fact]
    public void Verbose_ShouldListEachHelmTemplate_WithWhyItWasNotJudged()
    {
        var result = InProcessCli.Run(Chart, new Dictionary<string, string>(), "check", ".", "--verbose", "--now", "2026-11-20T06:00:00Z", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("bpl: not judged: charts/graph/templates/backup-cronjob.yaml: a Helm template", result.Error, StringComparison.Ordinal);
        Assert.Contains("bpl: not judged: charts/graph/templates/statefulset.yaml: a Helm template", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void SettingsFromAComposeEnvFile_ShouldBeReportedAsManifestFindings()
    {
        var result = InProcessCli.Run(Path.Combine(Repo.Fixtures, "RealWorld", "compose-env-file"), new Dictionary<string, string>(), "check", ".", "--now", "2026-11-20T06:00:00Z", "--format", "json");

        using var report = System.Text.Json.JsonDocument.Parse(result.Out);
        var findings = report.RootElement.GetProperty("findings").EnumerateArray().ToList();
        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.Equal(("ops/neo4j.env", "manifest"), (f.GetProperty("file").GetString(), f.GetProperty("source").GetString())));
    }

    [Fact]
    public void WithoutVerbose_ShouldSayNothingAboutThem()
    {
        var result = InProcessCli.Run(Chart, new Dictionary<string, string>(), "check", ".", "--now", "2026-11-20T06:00:00Z", "--format", "json");

        Assert.DoesNotContain("not judged", result.Error, StringComparison.Ordinal);
    }
}
