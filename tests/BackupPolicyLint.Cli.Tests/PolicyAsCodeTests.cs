using System.Text.Json;
using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Cli.Tests;

/// <summary>
/// The example organisation policy (examples/policies) end to end, and the documented outcomes of scripts, waivers,
/// suppressions and baselines, through the command line in this process (scripts compile once per test process, not
/// once per run). What a real `bpl` process loads is ScriptLoadingProcessTests', and what it prints with stderr
/// redirected RedirectedStderrProcessTests'.
/// </summary>
public sealed class PolicyAsCodeTests : IDisposable
{
    private const string Now = "2026-11-20T06:00:00Z";
    private readonly string _temp = Directory.CreateTempSubdirectory("bpl-policy-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private Dictionary<string, string?> Environment() => new() { ["XDG_CACHE_HOME"] = Path.Combine(_temp, "cache") };

    private BplProcess.Result Bpl(params string[] args) => BplProcess.InProcess(Environment(), Repo.Root, args);

    private static List<JsonElement> Findings(BplProcess.Result result) =>
        JsonDocument.Parse(result.Out).RootElement.GetProperty("findings").EnumerateArray().ToList();

    private static IEnumerable<JsonElement> Of(List<JsonElement> findings, string rule, string? file = null) =>
        findings.Where(f => f.GetProperty("ruleId").GetString() == rule && (file is null || f.GetProperty("file").GetString()!.EndsWith(file, StringComparison.Ordinal)));

    [Fact]
    public void ExamplePolicy_ShouldChangeTheOutcomeOfCheckingTheExamples()
    {
        var result = Bpl("check", "examples", "--config", "examples/policies/bpl.yaml", "--now", Now, "--format", "json");
        Assert.Equal("", result.Error);
        Assert.Equal(1, result.ExitCode);
        var findings = Findings(result);
        var root = JsonDocument.Parse(result.Out).RootElement;

        // The policy files next to the plans are data, not checked files: the count is that of a run without them.
        var plain = JsonDocument.Parse(Bpl("check", "examples", "--now", Now, "--format", "json").Out).RootElement;
        Assert.Equal(plain.GetProperty("summary").GetProperty("files").GetInt32(), root.GetProperty("summary").GetProperty("files").GetInt32());
        Assert.DoesNotContain(findings, f => f.GetProperty("file").GetString()!.StartsWith("examples/policies/", StringComparison.Ordinal) && f.GetProperty("ruleId").GetString() != "BPL005");

        // The organisation pack: BPL303 off and BPL405 at 14 for production; staging keeps the built-in pack.
        Assert.Empty(Of(findings, "BPL303", "payments-prod.yaml"));
        Assert.NotEmpty(Of(findings, "BPL303", "catalog-staging.yaml"));
        Assert.Contains("minimum of 14", Of(findings, "BPL405", "payments-prod.yaml").Single().GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.All(Of(findings, "BPL706", "payments-prod.yaml"), f => Assert.Equal("warning", f.GetProperty("severity").GetString()));
        var outcome = root.GetProperty("outcomes").EnumerateArray().First(o => o.GetProperty("plan").GetString() == "payments-prod");
        Assert.Equal("acme-production", outcome.GetProperty("pack").GetString());

        // Declarative rules: production retention (missing maxAge, located on retention) and gold-tier restore tests.
        var retention = Of(findings, "ACME101", "payments-prod.yaml").First();
        Assert.Equal(137, retention.GetProperty("line").GetInt32());
        Assert.Empty(Of(findings, "ACME101", "orders-prod.yaml"));
        Assert.Equal(2, Of(findings, "ACME102", "orders-prod.yaml").Count());
        Assert.Empty(Of(findings, "ACME102", "catalog-staging.yaml"));

        // The script rule: a production plan without a cost-centre label; orders-prod has one.
        Assert.Contains(Of(findings, "ACME201", "payments-prod.yaml"), f => f.GetProperty("subject").GetString() == "payments-prod");
        Assert.Empty(Of(findings, "ACME201", "orders-prod.yaml"));

        // Waivers: the live one suppresses BPL402 with its details; the expired one is BPL005 and BPL407 is back.
        var waived = Of(findings, "BPL402", "payments-prod.yaml").Single();
        Assert.True(waived.GetProperty("suppressed").GetBoolean());
        var suppression = waived.GetProperty("suppression");
        Assert.Equal("waiver", suppression.GetProperty("kind").GetString());
        Assert.Equal("team-payments", suppression.GetProperty("owner").GetString());
        Assert.Equal("2027-06-30", suppression.GetProperty("expires").GetString());
        Assert.Contains("OPS-1432", suppression.GetProperty("justification").GetString(), StringComparison.Ordinal);
        Assert.False(Of(findings, "BPL407", "payments-prod.yaml").Single().GetProperty("suppressed").GetBoolean());
        var expired = Of(findings, "BPL005").Single();
        Assert.Equal("examples/policies/waivers.yaml", expired.GetProperty("file").GetString());
        Assert.Equal("warning", expired.GetProperty("severity").GetString());
    }

    [Fact]
    public void WaivedFinding_ShouldShowItsJustificationInEveryFormat()
    {
        foreach (var format in new[] { "text", "sarif", "markdown", "html", "junit" })
        {
            var result = Bpl("check", "examples", "--config", "examples/policies/bpl.yaml", "--now", Now, "--format", format);
            Assert.Equal("", result.Error);
            Assert.Contains("OPS-1432", result.Out, StringComparison.Ordinal);
            Assert.Contains("team-payments", result.Out, StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// The in-process harness runs scripts without the heap ceiling bpl sets on its own process (CliIo.CapScriptHeap):
    /// a ceiling squeezed for one script would fail the other tests' allocations in this shared process.
    /// </summary>
    [Fact]
    public void ScriptRunInProcess_ShouldLeaveTheTestProcessWithoutAHeapLimit()
    {
        var result = Bpl("check", "examples/flawed-prod", "--policy", "examples/policies/rules/acme-cost-centre.csx", "--now", Now, "--format", "json");

        Assert.NotEmpty(Of(Findings(result), "ACME201"));
        Assert.Null(AppContext.GetData("GCHeapHardLimit"));
    }

    [Fact]
    public void ScriptThatDoesNotCompile_ShouldExitTwoWithItsFileLineAndColumn()
    {
        var script = Write("broken.csx", "// @id ORG1\n// @name broken\n// @severity warning\nvar x = Plan.NoSuchMember;\n");
        var result = BplProcess.InProcess(Environment(), _temp, "check", Plan(), "--policy", script);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("bpl: broken.csx:4:14: error CS1061:", result.Error, StringComparison.Ordinal);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public void ScriptThatThrows_ShouldBeBpl004AndTheRunGoesOn()
    {
        var script = Write("throws.csx", "// @id ORG2\n// @name throws\n// @severity warning\nthrow new InvalidOperationException(\"no luck\");\n");
        var result = BplProcess.InProcess(Environment(), _temp, "check", Plan(), "--policy", script, "--now", Now, "--format", "json");

        var findings = Findings(result);
        var failed = Of(findings, "BPL004").Single();
        Assert.Contains("throws.csx threw InvalidOperationException at throws.csx:4: no luck", failed.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.NotEmpty(Of(findings, "BPL403"));
    }

    [Fact]
    public void ScriptPastItsTimeLimit_ShouldBeStoppedAndReported()
    {
        Write("rules/spins.csx", "// @id ORG3\n// @name spins\n// @severity warning\nvar n = 0;\nwhile (true) { n++; }\n");
        Write(".bpl.yaml", "apiVersion: bpl/v1\nkind: Config\nspec:\n  rules: [ rules ]\n  scripts: { timeoutSeconds: 0.5 }\n");
        var result = BplProcess.InProcess(Environment(), _temp, "check", Plan(), "--now", Now, "--format", "json");

        var failed = Of(Findings(result), "BPL004").Single();
        Assert.Contains("ran past its time limit of 0.5s and was stopped", failed.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.NotEmpty(Of(Findings(result), "BPL403"));
    }

    [Fact]
    public void InlineSuppression_WithAndWithoutAReason()
    {
        var lines = File.ReadAllLines(Path.Combine(_temp, Plan())).ToList();
        var at = lines.FindIndex(l => l.Contains("destination: dev-dumps", StringComparison.Ordinal));
        lines.Insert(at, "      # bpl-ignore BPL403 -- dev dumps are throwaway; the NAS copy is the backup");
        File.WriteAllLines(Path.Combine(_temp, Plan()), lines);
        var justified = Findings(BplProcess.InProcess(Environment(), _temp, "check", Plan(), "--now", Now, "--format", "json"));
        var inline = Of(justified, "BPL403").Single();
        Assert.True(inline.GetProperty("suppressed").GetBoolean());
        Assert.Equal("inline", inline.GetProperty("suppression").GetProperty("kind").GetString());
        Assert.Empty(Of(justified, "BPL006"));

        lines[at] = "      # bpl-ignore BPL403";
        File.WriteAllLines(Path.Combine(_temp, Plan()), lines);
        var unjustified = Findings(BplProcess.InProcess(Environment(), _temp, "check", Plan(), "--now", Now, "--format", "json"));
        Assert.False(Of(unjustified, "BPL403").Single().GetProperty("suppressed").GetBoolean());
        var rejected = Of(unjustified, "BPL006").Single();
        Assert.Equal("warning", rejected.GetProperty("severity").GetString());
        Assert.Equal(at + 1, rejected.GetProperty("line").GetInt32());
    }

    [Fact]
    public void Baseline_ShouldHideKnownFindings_SurviveEditsAbove_AndShowNewOnes()
    {
        Plan();
        var created = BplProcess.InProcess(Environment(), _temp, "baseline", "create", "graph-dev.yaml", "--output", "baseline.json", "--now", Now);
        Assert.Equal(0, created.ExitCode);

        var clean = BplProcess.InProcess(Environment(), _temp, "check", "graph-dev.yaml", "--baseline", "baseline.json", "--now", Now, "--format", "json");
        Assert.Equal(0, clean.ExitCode);
        var summary = JsonDocument.Parse(clean.Out).RootElement.GetProperty("summary");
        Assert.Equal(0, summary.GetProperty("baseline").GetProperty("new").GetInt32());
        Assert.True(summary.GetProperty("baseline").GetProperty("baselined").GetInt32() > 0);

        // Unrelated lines above every finding, and a second storage on the DBMS server: only that one is new.
        var text = File.ReadAllText(Path.Combine(_temp, "graph-dev.yaml"));
        text = "# reviewed 2026-11\n# owner: platform team\n" + text.Replace("      copyTo: [ nas-share ]", "      copyTo: [ nas-share ]\n    - name: second-dump\n      command: dump\n      databases: [ neo4j ]\n      schedule: \"0 4 * * *\"\n      runsOn: graph-dev-1\n      runAs: neo4j\n      destination: dev-dumps\n      copyTo: [ nas-share ]", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(_temp, "graph-dev.yaml"), text);
        var edited = BplProcess.InProcess(Environment(), _temp, "check", "graph-dev.yaml", "--baseline", "baseline.json", "--now", Now, "--format", "json");
        var findings = Findings(edited).Where(f => !f.GetProperty("suppressed").GetBoolean()).ToList();
        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.Contains("second-dump", f.GetProperty("message").GetString(), StringComparison.Ordinal));
        Assert.Equal(findings.Count, JsonDocument.Parse(edited.Out).RootElement.GetProperty("summary").GetProperty("baseline").GetProperty("new").GetInt32());

        // update keeps the baseline from growing unless asked.
        var before = File.ReadAllText(Path.Combine(_temp, "baseline.json"));
        var update = BplProcess.InProcess(Environment(), _temp, "baseline", "update", "graph-dev.yaml", "--baseline", "baseline.json", "--now", Now);
        Assert.Equal(0, update.ExitCode);
        Assert.Equal(before, File.ReadAllText(Path.Combine(_temp, "baseline.json")));
        BplProcess.InProcess(Environment(), _temp, "baseline", "update", "graph-dev.yaml", "--baseline", "baseline.json", "--allow-growth", "--now", Now);
        var grown = BplProcess.InProcess(Environment(), _temp, "check", "graph-dev.yaml", "--baseline", "baseline.json", "--now", Now, "--format", "json");
        Assert.Equal(0, JsonDocument.Parse(grown.Out).RootElement.GetProperty("summary").GetProperty("baseline").GetProperty("new").GetInt32());
        Assert.All(Findings(grown), f => Assert.True(f.GetProperty("suppressed").GetBoolean()));
    }

    /// <summary>The development example copied into the temp folder (its BPL403 is on line 59).</summary>
    private string Plan()
    {
        var target = Path.Combine(_temp, "graph-dev.yaml");
        if (!File.Exists(target))
        {
            File.Copy(Repo.Path("examples", "dev-community", "graph-dev.yaml"), target);
        }

        return "graph-dev.yaml";
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_temp, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return name;
    }
}
