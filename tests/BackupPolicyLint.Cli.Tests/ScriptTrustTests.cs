using System.Text.Json;
using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Cli.Tests;

/// <summary>
/// Who may turn the script guard off, and what a guarded script may do to a run (docs/security.md, "Script rules are
/// code"): the attack of issue 16 is a pull request adding a .bpl.yaml with allowUnsafeApis and a rules/evil.csx.
/// The checked folder is a git repository (a .git folder), as a pull-request checkout is. The command line runs in
/// this process: what is decided here (which config may lift the guard, what a guarded script may report) does not
/// depend on being a process of its own, and the CI-template tests run the same attack through real `bpl` processes.
/// </summary>
public sealed class ScriptTrustTests : IDisposable
{
    private const string Now = "2026-11-20T06:00:00Z";
    private const string ReadsAFile = "// @id EVIL1\n// @name evil\n// @severity warning\nvar text = System.IO.File.ReadAllText(\"/etc/hostname\");\nReport(Plan.Node, \"read \" + text.Length);\n";
    private readonly string _temp = Directory.CreateTempSubdirectory("bpl-trust-").FullName;
    private readonly string _repository;

    public ScriptTrustTests()
    {
        _repository = Path.Combine(_temp, "checkout");
        Directory.CreateDirectory(Path.Combine(_repository, ".git"));
        Directory.CreateDirectory(Path.Combine(_repository, "rules"));
        File.Copy(Repo.Path("examples", "dev-community", "graph-dev.yaml"), Path.Combine(_repository, "graph-dev.yaml"));
        File.WriteAllText(Path.Combine(_repository, "b-second.yaml"), "apiVersion: bpl/v1\nkind: BackupPlan\nmetadata:\n  name: second\nspec:\n  databases:\n    - name: neo4j\n");
    }

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void DiscoveredConfig_ShouldNotTurnTheGuardOff_AndSaySo()
    {
        WriteConfig(Path.Combine(_repository, ".bpl.yaml"), "rules");
        File.WriteAllText(Path.Combine(_repository, "rules", "evil.csx"), ReadsAFile);

        var result = Bpl(_repository, "check", ".");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
        var lines = result.Error.TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.Equal("bpl: note: scripts.allowUnsafeApis in .bpl.yaml is ignored: a config inside the checked repository cannot turn the script guard off; pass --allow-unsafe-scripts, or --config with a file outside it", lines[0]);
        Assert.StartsWith("bpl: rules/evil.csx:4:12: error: script rules may not use System.IO.File.ReadAllText", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void ConfigNamedWithConfigInsideTheCheckedRepository_ShouldNotTurnTheGuardOff()
    {
        // The plans are in a sub-folder; the config beside them is still the pull request's.
        Directory.CreateDirectory(Path.Combine(_repository, "plans"));
        File.Move(Path.Combine(_repository, "graph-dev.yaml"), Path.Combine(_repository, "plans", "graph-dev.yaml"));
        WriteConfig(Path.Combine(_repository, "ci.yaml"), "rules");
        File.WriteAllText(Path.Combine(_repository, "rules", "evil.csx"), ReadsAFile);

        var result = Bpl(_repository, "check", "plans", "--config", "ci.yaml");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("bpl: note: scripts.allowUnsafeApis in ci.yaml is ignored", result.Error, StringComparison.Ordinal);
        Assert.Contains("may not use System.IO.File.ReadAllText", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ConfigOutsideTheCheckedRepository_OrTheFlag_ShouldTurnTheGuardOff()
    {
        var trusted = Path.Combine(_temp, "base");
        Directory.CreateDirectory(Path.Combine(trusted, "rules"));
        WriteConfig(Path.Combine(trusted, "bpl.yaml"), "rules");
        File.WriteAllText(Path.Combine(trusted, "rules", "evil.csx"), ReadsAFile);

        var fromConfig = Bpl(_repository, "check", "graph-dev.yaml", "--config", Path.Combine(trusted, "bpl.yaml"), "--now", Now, "--format", "json");
        Assert.Equal("", fromConfig.Error);
        Assert.Contains("read ", fromConfig.Out, StringComparison.Ordinal);

        WriteConfig(Path.Combine(_repository, ".bpl.yaml"), "../base/rules", allowUnsafe: false);
        var fromFlag = Bpl(_repository, "check", "graph-dev.yaml", "--allow-unsafe-scripts", "--now", Now, "--format", "json");
        Assert.Equal("", fromFlag.Error);
        Assert.Contains("read ", fromFlag.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void TrustedConfigNamingRulesInsideTheCheckedRepository_ShouldNotLiftTheGuardForThem()
    {
        var trusted = Path.Combine(_temp, "base");
        Directory.CreateDirectory(trusted);
        WriteConfig(Path.Combine(trusted, "bpl.yaml"), "../checkout/rules");
        File.WriteAllText(Path.Combine(_repository, "rules", "evil.csx"), ReadsAFile);

        var result = Bpl(_repository, "check", "graph-dev.yaml", "--config", Path.Combine(trusted, "bpl.yaml"), "--now", Now);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("bpl: rules/evil.csx:4:12: error: script rules may not use System.IO.File.ReadAllText", result.Error, StringComparison.Ordinal);
    }

    /// <summary>The decision in docs/security.md: a discovered config's scripts run, under the allow-list.</summary>
    [Fact]
    public void GuardedScriptFromADiscoveredConfig_ShouldRun_WithFreshStatePerPlan()
    {
        WriteConfig(Path.Combine(_repository, ".bpl.yaml"), "rules", allowUnsafe: false);
        File.WriteAllText(Path.Combine(_repository, "rules", "count.csx"), """
            // @id ORG5
            // @name counts
            // @severity warning
            class Counter { public int Seen; }
            var counter = new Counter();
            var names = new List<string>();
            counter.Seen++;
            names.Add(Plan.Name);
            Report(Plan.Node, $"seen {counter.Seen} plans: {string.Join(",", names)}");
            """);

        var result = Bpl(_repository, "check", ".", "--now", Now, "--format", "json");

        Assert.Equal("", result.Error);
        var messages = Findings(result).Where(f => f.GetProperty("ruleId").GetString() == "ORG5").Select(f => f.GetProperty("message").GetString()).Order().ToList();
        Assert.Equal(["seen 1 plans: graph-dev", "seen 1 plans: second"], messages);
    }

    [Fact]
    public void NodeBuiltByAScript_ShouldNotCompile()
    {
        // DocNode's constructor is internal (docs/architecture.md, "What is public"): a script cannot make a node that
        // names another file, so it cannot get bpl to quote that file's lines.
        WriteConfig(Path.Combine(_repository, ".bpl.yaml"), "rules", allowUnsafe: false);
        File.WriteAllText(Path.Combine(_repository, "rules", "forge.csx"), """
            // @id ORG6
            // @name forges
            // @severity warning
            var forged = new DocNode { Kind = DocNodeKind.Scalar, Span = new BackupPolicyLint.Diagnostics.SourceSpan("/etc/passwd", 1, 1, 20, 1) };
            Report(forged, "look");
            """);

        var result = Bpl(_repository, "check", ".", "--now", Now, "--format", "json");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("bpl: rules/forge.csx:4:18: error CS1729: 'DocNode' does not contain a constructor", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", result.Out + result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportAtANodeTheScriptBuilt_ShouldBeBpl004_AndQuoteNothingOfTheFileItNames()
    {
        // With the guard off a script can still build a node, through reflection: Report refuses every node that is not
        // the plan's.
        WriteConfig(Path.Combine(_repository, ".bpl.yaml"), "rules", allowUnsafe: false);
        File.WriteAllText(Path.Combine(_repository, "rules", "forge.csx"), """
            // @id ORG6
            // @name forges
            // @severity warning
            using System.Reflection;
            var forged = (DocNode)typeof(DocNode).GetConstructor(BindingFlags.Instance | BindingFlags.NonPublic, Type.EmptyTypes)!.Invoke(null);
            typeof(DocNode).GetProperty("Span")!.SetValue(forged, new BackupPolicyLint.Diagnostics.SourceSpan("/etc/passwd", 1, 1, 20, 1));
            try { Report(forged, "look"); } catch (InvalidOperationException) { }
            Report(Plan.Node, "honest");
            """);

        var json = Bpl(_repository, "check", ".", "--now", Now, "--format", "json", "--allow-unsafe-scripts");
        var html = Bpl(_repository, "check", ".", "--now", Now, "--format", "html", "--allow-unsafe-scripts");

        var findings = Findings(json);
        Assert.DoesNotContain(findings, f => f.GetProperty("file").GetString()!.Contains("passwd", StringComparison.Ordinal));
        Assert.DoesNotContain(findings, f => f.GetProperty("ruleId").GetString() == "ORG6");
        var failed = findings.Where(f => f.GetProperty("ruleId").GetString() == "BPL004").Select(f => f.GetProperty("message").GetString()!).ToList();
        Assert.Equal(2, failed.Count);
        Assert.All(failed, m => Assert.Contains("reported at a node that is not part of plan", m, StringComparison.Ordinal));
        Assert.DoesNotContain("root:", html.Out, StringComparison.Ordinal);
    }

    private static void WriteConfig(string path, string rules, bool allowUnsafe = true) =>
        File.WriteAllText(path, $"apiVersion: bpl/v1\nkind: Config\nspec:\n  rules: [ {rules} ]\n  scripts: {{ allowUnsafeApis: {(allowUnsafe ? "true" : "false")} }}\n");

    private static List<JsonElement> Findings(BplProcess.Result result) =>
        JsonDocument.Parse(result.Out).RootElement.GetProperty("findings").EnumerateArray().ToList();

    private BplProcess.Result Bpl(string workingDirectory, params string[] args) =>
        BplProcess.InProcess(new Dictionary<string, string?> { ["XDG_CACHE_HOME"] = Path.Combine(_temp, "cache") }, workingDirectory, args);
}
