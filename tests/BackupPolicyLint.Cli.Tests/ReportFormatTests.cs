using System.Text.Json;
using System.Xml.Linq;
using Xunit;

namespace BackupPolicyLint.Cli.Tests;

/// <summary>
/// Every report format on the shipped examples, pinned by golden files. SOURCE_DATE_EPOCH fixes the one volatile value
/// (when the report was generated) to the --now used here.
/// </summary>
public sealed class ReportFormatTests
{
    public const string Now = "2026-11-20T06:00:00Z";
    private static readonly Dictionary<string, string?> FixedTime = new() { ["SOURCE_DATE_EPOCH"] = "1795154400" };

    /// <summary>`bpl check examples --now NOW EXTRA` in this process (the formats are what is tested, not the process).</summary>
    internal static BplProcess.Result Check(params string[] extra) =>
        BplProcess.InProcess(FixedTime, BackupPolicyLint.Tests.Support.Repo.Root, ["check", "examples", "--now", Now, .. extra]);

    [Theory]
    [InlineData("examples.sarif", "--format", "sarif")]
    [InlineData("examples.junit.xml", "--format", "junit")]
    [InlineData("examples.github.txt", "--format", "github")]
    [InlineData("examples.md", "--format", "markdown")]
    [InlineData("examples.nist.md", "--format", "markdown", "--controls", "nist")]
    [InlineData("examples.html", "--format", "html")]
    [InlineData("examples.iso27001.html", "--format", "html", "--controls", "iso27001")]
    [InlineData("examples.checklist.txt", "--format", "checklist")]
    public void Examples_ShouldMatchTheGoldenFile(string golden, params string[] format)
    {
        var result = Check(format);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Error);
        Golden.Match(golden, result.Out);
    }

    [Fact]
    public void SameRunTwice_ShouldGiveTheSameBytesInEveryFormat()
    {
        foreach (var format in new[] { "json", "sarif", "junit", "github", "markdown", "html", "checklist" })
        {
            Assert.Equal(Check("--format", format).Out, Check("--format", format).Out);
        }
    }

    [Fact]
    public void JUnit_ShouldBeXmlWithOneSuitePerFile()
    {
        var xml = XDocument.Parse(Check("--format", "junit").Out);

        var suites = xml.Root!.Elements("testsuite").Select(s => (string)s.Attribute("name")!).ToList();
        // Every file read gets a suite, the inventory snapshots and the infrastructure files among the examples included.
        Assert.Equal(["examples/dev-community/graph-dev.yaml", "examples/flawed-prod/payments-prod.yaml", "examples/infra/conf/neo4j.conf", "examples/infra/k8s/backup-cronjob.yaml",
            "examples/infra/scripts/backup.sh", "examples/inventory/catalog-staging.json", "examples/inventory/graph-dev.json", "examples/inventory/prod-cluster.json",
            "examples/prod-cluster/orders-prod.yaml", "examples/staging/catalog-staging.yaml"], suites);
        Assert.All(xml.Descendants("testcase"), c => Assert.NotNull(c.Attribute("classname")));
        Assert.True((int)xml.Root.Attribute("failures")! > 0);
    }

    [Fact]
    public void Json_ShouldListOutcomesAfterTheSummary()
    {
        using var document = JsonDocument.Parse(Check("--format", "json").Out);
        var outcomes = document.RootElement.GetProperty("outcomes").EnumerateArray().ToList();

        Assert.NotEmpty(outcomes);
        string[] fields = ["plan", "file", "ruleId", "ruleName", "outcome", "reason", "findings", "pack", "severity", "controls"];
        Assert.All(outcomes, o => Assert.Equal(fields, o.EnumerateObject().Select(p => p.Name)));
        Assert.All(outcomes, o => Assert.Contains(o.GetProperty("outcome").GetString(), new[] { "pass", "fail", "waived", "not-applicable", "not-evaluated" }));
        var failed = outcomes.Where(o => o.GetProperty("outcome").GetString() == "fail").Sum(o => o.GetProperty("findings").GetInt32());
        var ruleFindings = document.RootElement.GetProperty("findings").EnumerateArray().Count(f => !f.GetProperty("ruleId").GetString()!.StartsWith("BPL00", StringComparison.Ordinal));
        Assert.Equal(ruleFindings, failed);
        Assert.Contains(outcomes, o => o.GetProperty("outcome").GetString() == "not-applicable" && o.GetProperty("reason").GetString()!.Length > 0);
    }

    [Fact]
    public void SeveralFormats_ShouldBeWrittenInOneRun()
    {
        var directory = Directory.CreateTempSubdirectory("bpl-formats-").FullName;
        try
        {
            var sarif = Path.Combine(directory, "a.sarif");
            var html = Path.Combine(directory, "r.html");
            var result = Check("--format", "sarif", "--output", sarif, "--format", "html", "--output", html, "--format", "json");

            Assert.Equal(1, result.ExitCode);
            Assert.Equal(Check("--format", "sarif").Out, File.ReadAllText(sarif));
            Assert.Equal(Check("--format", "html").Out, File.ReadAllText(html));
            Assert.Equal(Check("--format", "json").Out, result.Out);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void TwoFormatsOnStdout_ShouldExitTwoWithOneLine()
    {
        var result = Check("--format", "json", "--format", "sarif");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.StartsWith("bpl: only one format can go to standard output", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.Trim().Split('\n'));
    }

    [Fact]
    public void GitHub_ShouldAppendAMarkdownJobSummary()
    {
        var summary = Path.GetTempFileName();
        try
        {
            File.WriteAllText(summary, "earlier step\n");
            var environment = new Dictionary<string, string?>(FixedTime) { ["GITHUB_STEP_SUMMARY"] = summary };

            var result = BplProcess.InProcess(environment, BackupPolicyLint.Tests.Support.Repo.Root, "check", "examples", "--now", Now, "--format", "github");

            Assert.StartsWith("::", result.Out, StringComparison.Ordinal);
            Assert.Contains("::error file=examples/flawed-prod/payments-prod.yaml,line=", result.Out, StringComparison.Ordinal);
            var text = File.ReadAllText(summary);
            Assert.StartsWith("earlier step\n## Backup policy check", text, StringComparison.Ordinal);
            Assert.Equal("earlier step\n" + Check("--format", "markdown").Out, text);
        }
        finally
        {
            File.Delete(summary);
        }
    }
}
