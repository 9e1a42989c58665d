using System.Text.Json;
using Xunit;

namespace BackupPolicyLint.Cli.Tests;

/// <summary>Issue 18's audit record from the command line: the readiness checklist in all four formats, the verdict, the run's inputs.</summary>
public sealed class AuditRecordCliTests
{
    /// <summary>--backups, --inventory (a snapshot) and --config: the inputs the Run section must name.</summary>
    internal static readonly string[] EveryInput =
    [
        "--backups", "examples/backups", "--inventory", "examples/inventory/prod-cluster.json", "--config", "examples/policies/bpl.yaml",
    ];

    private const string FirstItem = "Every database is backed up, system included";
    private const string UncheckedItem = "The backup client&#39;s neo4j-admin.conf (its SSL policy) is kept";

    [Fact]
    public void Checklist_ShouldAppearInHtmlMarkdownJsonAndChecklistText()
    {
        var html = ReportFormatTests.Check([.. EveryInput, "--format", "html"]).Out;
        var markdown = ReportFormatTests.Check([.. EveryInput, "--format", "markdown"]).Out;
        var json = ReportFormatTests.Check([.. EveryInput, "--format", "json"]).Out;
        var text = ReportFormatTests.Check([.. EveryInput, "--format", "checklist"]).Out;

        Assert.Contains("<section id=\"checklist\">", html, StringComparison.Ordinal);
        Assert.Contains(FirstItem, html, StringComparison.Ordinal);
        Assert.Contains(UncheckedItem, html, StringComparison.Ordinal);
        Assert.Contains("### Readiness checklist", markdown, StringComparison.Ordinal);
        Assert.Contains($"| {FirstItem} | BPL101, BPL102, BPL103, BPL104, BPL803, BPL902 |", markdown, StringComparison.Ordinal);
        Assert.StartsWith("Readiness checklist: Neo4j backup and restore planning", text, StringComparison.Ordinal);
        Assert.Contains($"[fail]               {FirstItem}", text, StringComparison.Ordinal);
        Assert.Contains("[not checked by bpl] The backup client's neo4j-admin.conf", text, StringComparison.Ordinal);

        using var document = JsonDocument.Parse(json);
        var plans = document.RootElement.GetProperty("checklist").EnumerateArray().ToList();
        Assert.Equal(
            document.RootElement.GetProperty("verdict").GetProperty("plans").EnumerateArray().Select(p => p.GetProperty("plan").GetString()),
            plans.Select(p => p.GetProperty("plan").GetString()));
        var items = plans[0].GetProperty("items").EnumerateArray().ToList();
        Assert.Equal("every-database", items[0].GetProperty("id").GetString());
        Assert.Equal(["id", "title", "verdict", "rules", "evidence"], items[0].EnumerateObject().Select(p => p.Name));
        Assert.Contains(items, i => i.GetProperty("verdict").GetString() == "not-checked" && i.GetProperty("rules").GetArrayLength() == 0);
    }

    [Fact]
    public void Json_ShouldStateEveryInputAndTheVerdict()
    {
        using var document = JsonDocument.Parse(ReportFormatTests.Check([.. EveryInput, "--fail-on", "warning", "--format", "json"]).Out);
        var run = document.RootElement.GetProperty("run");
        var verdict = document.RootElement.GetProperty("verdict");

        Assert.Equal("examples/backups", run.GetProperty("backups").GetProperty("location").GetString());
        var inventory = Assert.Single(run.GetProperty("inventories").EnumerateArray());
        Assert.Equal("examples/inventory/prod-cluster.json", inventory.GetProperty("snapshotFile").GetString());
        Assert.Equal("https://10.0.1.11:7473", inventory.GetProperty("source").GetString());
        Assert.Equal("2026-11-19T22:00:00Z", inventory.GetProperty("collectedAt").GetString());
        Assert.Equal("examples/policies/bpl.yaml", run.GetProperty("config").GetString());
        Assert.Equal("warning", run.GetProperty("failOn").GetString());
        Assert.Equal("2026-11-20T06:00:00Z", run.GetProperty("now").GetString());
        Assert.Equal(["examples/policies/rules"], run.GetProperty("ruleSources").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["examples/policies/waivers.yaml"], run.GetProperty("waiverFiles").EnumerateArray().Select(e => e.GetString()));
        var acme = run.GetProperty("packs").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "acme-production");
        Assert.Equal(64, acme.GetProperty("sha256").GetString()!.Length);
        Assert.Equal("2026.11.1", acme.GetProperty("version").GetString());

        Assert.Equal("fail", verdict.GetProperty("overall").GetString());
        Assert.Equal("warning", verdict.GetProperty("failOn").GetString());
        Assert.Contains(verdict.GetProperty("plans").EnumerateArray(), p => p.GetProperty("plan").GetString() == "payments-prod" && p.GetProperty("verdict").GetString() == "fail");
    }

    [Fact]
    public void Markdown_ShouldOpenWithTheVerdict()
    {
        var markdown = ReportFormatTests.Check("--format", "markdown", "--fail-on", "none").Out;

        Assert.StartsWith("## Backup policy check\n\n**Verdict: pass** (fail-on none): `graph-dev` pass,", markdown.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }
}
