using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Reporting;
using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Tests.Artifacts;

/// <summary>Cases of the artifact rules (BPL408, BPL901–BPL904) and the pipeline around them that fixtures cannot express well.</summary>
public sealed class ArtifactRuleTests
{
    private const string Header = "apiVersion: bpl/v1\nkind: BackupPlan\nmetadata: { name: demo }\nspec:\n";

    private static CheckReport Check(string plan, ArtifactTree tree, string? inspect = null)
    {
        using var work = new TempDirectory();
        work.Write("plan.yaml", plan);
        var inspectPath = inspect is null ? null : work.Write("inspect.txt", inspect);
        return Checks.RunWithBackups(work.Path, tree.Path, inspectPath, "plan.yaml");
    }

    private static List<string> Artifacts(CheckReport report, string ruleId) =>
        report.Findings.Where(f => f.RuleId == ruleId).Select(f => $"{f.Span.Line}: {f.Message}").ToList();

    [Fact]
    public void WithoutBackups_ArtifactRulesStayQuiet()
    {
        // A plan whose databases would have no artifact at all: without --backups nothing is judged.
        var report = Checks.RunText(Header + "  jobs:\n    - { name: nightly, command: backup, databases: [ neo4j ], schedule: \"0 2 * * *\" }\n");

        Assert.DoesNotContain(report.Findings, f => f.Source == SourceKind.Artifacts || f.RuleId.StartsWith("BPL9", StringComparison.Ordinal));
    }

    [Fact]
    public void UndeclaredDatabase_ShouldBeLocatedOnTheJobEntryThatCoversIt()
    {
        using var tree = new ArtifactTree();
        tree.Add("neo4j-2026-11-20T02-00-00.backup");
        var plan = Header + "  jobs:\n    - name: nightly\n      command: backup\n      databases: [ neo4j, ledger ]\n      schedule: \"0 2 * * *\"\n";

        var missing = Assert.Single(Artifacts(Check(plan, tree), "BPL902"));

        Assert.StartsWith("8: No artifact of 'ledger'", missing, StringComparison.Ordinal);
    }

    [Fact]
    public void LocationOrganisedByPlan_ShouldJudgeEachPlanByItsOwnFolder()
    {
        // Given two plans that both back up neo4j, and a location with a folder for one of them only
        using var tree = new ArtifactTree();
        tree.Add("demo/neo4j-2026-11-20T05-00-00.backup");
        var job = "  jobs:\n    - { name: nightly, command: backup, databases: [ neo4j ], schedule: \"0 2 * * *\" }\n";
        var plans = Header + job + "---\n" + Header.Replace("demo", "other", StringComparison.Ordinal) + job;

        // When checked
        var report = Check(plans, tree);

        // Then demo finds its artifact in its folder, and other does not borrow it
        var missing = Assert.Single(report.Findings, f => f.RuleId == "BPL902");
        Assert.Equal("other/databases/neo4j", missing.Subject);
        Assert.Contains("is in the backup location,", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MaxAge_WithInspectData_ShouldSpareTheChainANewerDifferentialNeeds()
    {
        // Given weekly fulls and daily differentials: the full of 2026-10-11 is older than maxAge 35d, but the
        // differential of 2026-10-17 (inside it) still needs it; the full of 2026-10-04 is needed by nothing.
        using var tree = new ArtifactTree();
        string[] names = ["neo4j-2026-10-04T02-00-00.backup", "neo4j-2026-10-11T02-00-00.backup", "neo4j-2026-10-17T02-00-00.backup", "neo4j-2026-11-20T02-00-00.backup"];
        foreach (var name in names)
        {
            tree.Add(name);
        }

        var inspect = "| FILE | DATABASE | FULL | LOWEST TX | HIGHEST TX |\n"
            + $"| {names[0]} | neo4j | true | 1 | 10 |\n| {names[1]} | neo4j | true | 1 | 20 |\n| {names[2]} | neo4j | false | 21 | 30 |\n| {names[3]} | neo4j | true | 1 | 40 |\n";
        var plan = Header + "  jobs:\n    - { name: nightly, command: backup, type: auto, databases: [ neo4j ], schedule: \"0 2 * * *\" }\n  retention: { maxAge: 35d }\n";

        var withInspect = Assert.Single(Artifacts(Check(plan, tree, inspect), "BPL903"));
        var withoutInspect = Assert.Single(Artifacts(Check(plan, tree), "BPL903"));

        Assert.Contains("1 artifact of 'neo4j' is older than retention's maxAge 35d", withInspect, StringComparison.Ordinal);
        Assert.Contains($"'{names[0]}'", withInspect, StringComparison.Ordinal);
        Assert.Contains($"2 artifacts of 'neo4j' are older", withoutInspect, StringComparison.Ordinal);
    }

    [Fact]
    public void ScanProblems_ShouldBeReportedAsBpl001FromArtifacts_AndTheRulesStillRun()
    {
        using var tree = new ArtifactTree();
        tree.Add("neo4j-2026-11-20T05-00-00.backup");
        tree.Add("neo4j-2026-13-01T00-00-00.backup");
        File.CreateSymbolicLink(Path.Combine(tree.Path, "system-2026-11-20T05-00-00.backup"), Path.Combine(tree.Path, "missing"));
        var plan = Header + "  jobs:\n    - { name: nightly, command: backup, databases: [ neo4j, system ], schedule: \"0 2 * * *\" }\n";

        var report = Check(plan, tree);

        var problems = report.Findings.Where(f => f.RuleId == DiagnosticIds.ParseError).ToList();
        Assert.Equal(2, problems.Count);
        Assert.All(problems, p => Assert.Equal((SourceKind.Artifacts, Severity.Error), (p.Source, p.Severity)));
        Assert.Contains(problems, p => p.Span.File.EndsWith("/system-2026-11-20T05-00-00.backup", StringComparison.Ordinal) && p.Message.Contains("dangling", StringComparison.Ordinal));
        Assert.Contains(report.Findings, f => f.RuleId == "BPL902" && f.Message.Contains("'system'", StringComparison.Ordinal));
    }

    [Fact]
    public void Bpl408_ShouldNameTheLooseFilesAndFolders_ButNotGroupAccess()
    {
        using var tree = new ArtifactTree();
        tree.Add("prod/neo4j-2026-11-20T05-00-00.backup", mode: (UnixFileMode)0b110_100_010);
        tree.Add("prod/neo4j-2026-11-20T04-00-00.backup", mode: (UnixFileMode)0b110_100_000);
        tree.Chmod("prod", (UnixFileMode)0b111_101_011);
        tree.Add("orders-2026-11-20T05-00-00.backup", mode: (UnixFileMode)0b110_110_000);
        var plan = Header + "  databases: [ { name: neo4j }, { name: orders } ]\n  jobs:\n    - { name: nightly, command: backup, databases: [ neo4j, orders ], schedule: \"0 2 * * *\" }\n";

        var report = Check(plan, tree);

        var finding = Assert.Single(Artifacts(report, "BPL408"));
        Assert.StartsWith("5: Backups of 'neo4j'", finding, StringComparison.Ordinal);
        Assert.Contains("1 of its 2 artifact files are writable by others (e.g. 'prod/neo4j-2026-11-20T05-00-00.backup', mode 0642)", finding, StringComparison.Ordinal);
        Assert.Contains("folder 'prod' is writable and traversable by others (mode 0753)", finding, StringComparison.Ordinal);
    }
}
