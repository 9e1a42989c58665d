using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Engine;
using BackupPolicyLint.Loading.Config;
using BackupPolicyLint.Model.Inventory;
using BackupPolicyLint.Reporting;
using BackupPolicyLint.Reporting.Html;
using BackupPolicyLint.Reporting.Model;
using BackupPolicyLint.Tests.Reporting;
using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Cli.Tests.Reporting;

/// <summary>The audit record (issue 18): every input of the run, the verdict by --fail-on, the readiness checklist.</summary>
public sealed class AuditRecordTests
{
    [Fact]
    public void Pipeline_ShouldRecordEveryInputOfTheRun()
    {
        var run = Checks.ExamplesWithEveryInput().Run;
        var inputs = run.Inputs;

        Assert.Equal(Severity.Warning, run.FailOn);
        Assert.Equal(new BackupLocationInput("examples/backups", "examples/backups/payments-prod.inspect.txt"), inputs.Backups);
        var inventory = Assert.Single(inputs.Inventories);
        Assert.Equal("examples/inventory/prod-cluster.json", inventory.SnapshotFile);
        Assert.Equal("orders-prod-dbms", inventory.Name);
        Assert.Equal("https://10.0.1.11:7473", inventory.Source);
        Assert.Equal(new DateTimeOffset(2026, 11, 19, 22, 0, 0, TimeSpan.Zero), inventory.CollectedAt);
        Assert.Equal("examples/policies/bpl.yaml", inputs.ConfigFile);
        var route = Assert.Single(inputs.PackRoutes);
        Assert.Equal("acme-production", route.Pack);
        Assert.Equal(["production"], route.Environments);
        Assert.Equal(["examples/policies/rules"], inputs.RuleSources);
        Assert.Equal(["examples/policies/waivers.yaml"], inputs.WaiverFiles);
        Assert.Null(inputs.BaselineFile);
        Assert.Contains("examples/flawed-prod/payments-prod.yaml", inputs.PlanFiles);
        Assert.DoesNotContain("examples/infra/conf/neo4j.conf", inputs.PlanFiles);
        Assert.Contains("examples/infra/conf/neo4j.conf", inputs.InfrastructureFiles);
    }

    [Fact]
    public void HtmlRun_ShouldNameTheInputsUsed_NotClaimTheyWereAbsent()
    {
        var html = Reports.Write(new HtmlReportWriter(null), Checks.ExamplesWithEveryInput());
        var run = html[html.IndexOf("<section id=\"run\">", StringComparison.Ordinal)..html.IndexOf("<section id=\"checklist\">", StringComparison.Ordinal)];

        Assert.Contains("<code>--backups examples/backups</code> with <code>--backup-inspect examples/backups/payments-prod.inspect.txt</code>", run, StringComparison.Ordinal);
        Assert.Contains("snapshot <code>examples/inventory/prod-cluster.json</code>, collected from <code>https://10.0.1.11:7473</code> at 2026-11-19 22:00:00 UTC", run, StringComparison.Ordinal);
        Assert.Contains("<code>examples/policies/bpl.yaml</code>", run, StringComparison.Ordinal);
        Assert.Contains("pack <code>acme-production</code> for environments production", run, StringComparison.Ordinal);
        Assert.Contains("<code>--fail-on warning</code>", run, StringComparison.Ordinal);
        Assert.DoesNotContain("no backup location was given", run, StringComparison.Ordinal);
        Assert.DoesNotContain("the pack of each plan's environment", run, StringComparison.Ordinal);
        Assert.DoesNotContain("none given", run, StringComparison.Ordinal);
    }

    [Fact]
    public void HtmlRun_WithoutBackupsOrInventory_ShouldSaySoAndWhatItMeans()
    {
        var html = Reports.Write(new HtmlReportWriter(null), Checks.Run(Repo.Root, "examples/dev-community"));

        Assert.Contains("none given (--backups): rules that need the artifacts say not evaluated", html, StringComparison.Ordinal);
        Assert.Contains("none given (--inventory, --neo4j-uri)", html, StringComparison.Ordinal);
        Assert.Contains("the built-in pack of each plan&#39;s environment", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LiveInventory_ShouldBeRecordedAsCollectedInThisRun_FromItsUriWithoutCredentials()
    {
        await using var server = await FakeNeo4jServer.StartAsync("cluster-2025.10");
        using var directory = new TempDirectory();
        File.Copy(Path.Combine(Repo.Fixtures, "Inventory", "cluster-plan.yaml"), Path.Combine(directory.Path, "plan.yaml"));

        var result = InProcessCli.Run(directory.Path, InProcessCli.Credentials(), "check", "plan.yaml", "--neo4j-uri", server.Uri, "--format", "json", "--now", "2026-11-20T06:00:00Z");

        using var document = System.Text.Json.JsonDocument.Parse(result.Out);
        var inventory = Assert.Single(document.RootElement.GetProperty("run").GetProperty("inventories").EnumerateArray());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, inventory.GetProperty("snapshotFile").ValueKind);
        Assert.Equal(new Uri(server.Uri).Authority, new Uri(inventory.GetProperty("source").GetString()!).Authority);
        Assert.DoesNotContain(FakeNeo4jServer.Password, result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void SnapshotSource_ShouldBeRecordedWithoutCredentials_EvenWhenTheFileHoldsThem()
    {
        using var directory = new TempDirectory();
        var snapshot = File.ReadAllText(Path.Combine(Repo.Root, "examples", "inventory", "graph-dev.json"))
            .Replace("\"http://10.20.0.5:7474\"", "\"http://admin:p@ss:word@10.20.0.5:7474/db\"", StringComparison.Ordinal);
        directory.Write("graph-dev.json", snapshot);
        File.Copy(Path.Combine(Repo.Root, "examples", "dev-community", "graph-dev.yaml"), Path.Combine(directory.Path, "graph-dev.yaml"));

        var report = CheckPipeline.Run(new CheckRequest { Paths = ["graph-dev.yaml"], WorkingDirectory = directory.Path, Now = Checks.Now, InventoryFiles = ["graph-dev.json"] });

        Assert.Equal("http://10.20.0.5:7474/db", Assert.Single(report.Run.Inputs.Inventories).Source);
        var json = Reports.Write(new JsonReportWriter(), report);
        Assert.DoesNotContain("word@", json, StringComparison.Ordinal);
        Assert.DoesNotContain("admin:", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://user:secret@host:7473", "https://host:7473")]
    [InlineData("neo4j+s://a@b@host/x@y", "neo4j+s://host/x@y")]
    [InlineData("https://host:7473", "https://host:7473")]
    [InlineData("not a uri", "not a uri")]
    public void UriCredentials_ShouldRemoveOnlyTheUserInfo(string uri, string expected)
    {
        Assert.Equal(expected, UriCredentials.Remove(uri));
    }

    [Theory]
    [InlineData(Severity.Error, VerdictKind.Pass)]
    [InlineData(Severity.Warning, VerdictKind.Fail)]
    [InlineData(null, VerdictKind.Pass)]
    public void Verdict_ShouldFollowTheFailOnThreshold(Severity? failOn, object expectedKind)
    {
        // object: a theory is public and VerdictKind is internal; InlineData still names the enum's values.
        var expected = (VerdictKind)expectedKind;
        var warning = Reports.Finding("w") with { Severity = Severity.Warning, PlanId = "p1" };
        var report = Reports.Of(warning) with { Plans = [Plan("p1", "alpha")], Run = new RunInfo { FailOn = failOn } };

        var verdict = ReportVerdict.Of(report);

        Assert.Equal(expected, verdict.Overall);
        Assert.Equal(expected, Assert.Single(verdict.Plans).Kind);
    }

    [Fact]
    public void Verdict_ShouldPassWithWaivers_WhenOnlySuppressedFindingsReachTheThreshold_AndCountFindingsOfNoPlan()
    {
        var waived = Reports.Finding("waived", suppressed: true) with { PlanId = "p1" };
        var unreadable = Reports.Finding("unreadable", ruleId: "BPL001");
        var report = Reports.Of(waived, unreadable) with { Plans = [Plan("p1", "alpha"), Plan("p2", "beta")] };

        var verdict = ReportVerdict.Of(report);

        Assert.Equal([VerdictKind.PassWithWaivers, VerdictKind.Pass], verdict.Plans.Select(p => p.Kind));
        Assert.Equal(VerdictKind.Fail, verdict.Overall);
        Assert.Equal((1, 1), (verdict.Failing, verdict.Waived));
    }

    [Fact]
    public void Checklist_ShouldDeriveEachItemsVerdictFromItsRulesOutcomes()
    {
        var report = Checks.RunWithPolicy(Repo.Root, "production", "examples/dev-community");

        var entries = Assert.Single(ReadinessChecklist.Of(report)).Entries.ToDictionary(e => e.Item.Id);

        Assert.Equal(ChecklistVerdict.Pass, entries["every-database"].Verdict);
        Assert.Equal(ChecklistVerdict.Fail, entries["off-site-storage"].Verdict);
        Assert.Contains("BPL402 fail (1 finding)", entries["off-site-storage"].Evidence, StringComparison.Ordinal);
        Assert.Equal(ChecklistVerdict.NotApplicable, entries["cluster-seeding"].Verdict);
        // Every differential rule is not applicable, but the artifact rule could not look (no --backups): not evaluated.
        Assert.Equal(ChecklistVerdict.NotEvaluated, entries["differential-chains"].Verdict);
        Assert.Contains("BPL904 not evaluated: no backup location was given", entries["differential-chains"].Evidence, StringComparison.Ordinal);
        Assert.Equal(ChecklistVerdict.NotChecked, entries["admin-client-config"].Verdict);
        Assert.StartsWith("not checked by bpl", entries["admin-client-config"].Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Checklist_ShouldSayWaived_AndTheRulesThePackTurnsOffAreNotEvaluated()
    {
        using var directory = new TempDirectory();
        File.Copy(Path.Combine(Repo.Root, "examples", "dev-community", "graph-dev.yaml"), Path.Combine(directory.Path, "graph-dev.yaml"));
        directory.Write("waivers.yaml", """
            apiVersion: bpl/v1
            kind: Waivers
            metadata:
              name: dev-waivers
            spec:
              waivers:
                - rule: BPL402
                  plan: graph-dev
                  justification: The NAS copy is enough for a development instance.
                  owner: graph-platform
                  expires: 2027-06-30
                - rule: BPL403
                  plan: graph-dev
                  justification: Dumps on the server are accepted for development.
                  owner: graph-platform
                  expires: 2027-06-30
            """);
        var config = directory.Write(".bpl.yaml", "apiVersion: bpl/v1\nkind: Config\nspec:\n  waivers: [ waivers.yaml ]\n");
        var report = CheckPipeline.Run(new CheckRequest
        {
            Paths = ["graph-dev.yaml"],
            WorkingDirectory = directory.Path,
            Now = Checks.Now,
            Config = ConfigLoader.Load(config, ".bpl.yaml"),
            FailOn = Severity.Warning,
        });

        var entries = Assert.Single(ReadinessChecklist.Of(report)).Entries.ToDictionary(e => e.Item.Id);

        Assert.Equal(ChecklistVerdict.Waived, entries["off-site-storage"].Verdict);
        Assert.All(entries["off-site-storage"].Rules.SelectMany(r => r.Findings), f => Assert.True(f.Suppressed));
        // The development pack turns the recovery rules off: nothing judged the item.
        Assert.Equal(ChecklistVerdict.NotEvaluated, entries["tested-recovery"].Verdict);
        Assert.Contains("BPL701 not run (off in the plan's pack)", entries["tested-recovery"].Evidence, StringComparison.Ordinal);
        Assert.Equal(VerdictKind.PassWithWaivers, ReportVerdict.Of(report).Overall);
    }

    [Fact]
    public void Html_ShouldHaveContentsFindingsByPlanAndControl_AScriptFreeFilter_AndAPagePerPlanInPrint()
    {
        var report = Checks.Run(Repo.Root, "examples");

        var html = Reports.Write(new HtmlReportWriter(null), report);

        foreach (var section in new[] { "verdict", "run", "checklist", "summary", "evidence", "outcomes", "findings", "waivers" })
        {
            Assert.Contains($"<li><a href=\"#{section}\">", html, StringComparison.Ordinal);
        }

        Assert.True(html.IndexOf("<section id=\"verdict\">", StringComparison.Ordinal) < html.IndexOf("<section id=\"run\">", StringComparison.Ordinal), "the verdict comes first");
        Assert.Contains("<div class=\"plan group\" id=\"findings-plan-1\">\n<h3>payments-prod ", html.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("<h4>Control category: Coverage</h4>", html, StringComparison.Ordinal);
        Assert.Contains("<input type=\"radio\" name=\"severity\" id=\"severity-warning\">", html, StringComparison.Ordinal);
        Assert.Contains("#findings:has(#severity-warning:checked) .finding:not(.warning-level) { display: none; }", html, StringComparison.Ordinal);
        Assert.Contains("#findings:has(#rule-filter option[value=\"0\"]:checked) .finding:not(.rule-0) { display: none; }", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        var print = html[html.IndexOf("@media print", StringComparison.Ordinal)..];
        Assert.Contains(".plan + .plan { break-before: page; }", print, StringComparison.Ordinal);

        var byControl = Reports.Write(new HtmlReportWriter(BackupPolicyLint.Rules.Controls.ControlFramework.Nist), report);
        Assert.Contains("<h4>CP-9 System Backup</h4>", byControl, StringComparison.Ordinal);
    }

    private static PlanSummary Plan(string id, string name) => new()
    {
        Id = id,
        Name = name,
        File = "plans/a.yaml",
        Line = 1,
        Environment = "production",
        Pack = "production",
    };
}
