using System.Diagnostics;
using System.Text.Json;
using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Cli.Tests;

/// <summary>
/// Script rules that misbehave, run through the real `bpl` process where its memory is the point (the allocation limit
/// and the heap ceiling bpl sets on itself, measured by the startup hook): each is stopped, its plan gets BPL004, and
/// the other plans (and the same script on them) are still checked.
/// </summary>
public sealed class HostileScriptRuleTests : IDisposable
{
    private const string Now = "2026-11-20T06:00:00Z";
    private const string HogPlan = "apiVersion: bpl/v1\nkind: BackupPlan\nmetadata:\n  name: hog\nspec:\n  databases:\n    - name: neo4j\n";
    private readonly string _temp = Directory.CreateTempSubdirectory("bpl-hostile-").FullName;

    public HostileScriptRuleTests()
    {
        // a-hog.yaml sorts first, so the script misbehaves before it runs on graph-dev.
        File.WriteAllText(Path.Combine(_temp, "a-hog.yaml"), HogPlan);
        File.Copy(Repo.Path("examples", "dev-community", "graph-dev.yaml"), Path.Combine(_temp, "graph-dev.yaml"));
    }

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void ScriptAllocatingInALoop_ShouldBeStoppedByItsAllocationLimit()
    {
        var (result, elapsed, _) = Check("var l = new List<byte[]>(); while (true) l.Add(new byte[1 << 20]);", "timeoutSeconds: 60");

        var failed = AssertContained(result);
        Assert.Contains("hog.csx allocated more than 256 MiB and was stopped", failed, StringComparison.Ordinal);
        Assert.True(elapsed < TimeSpan.FromSeconds(40), $"took {elapsed}: stopped by the time limit, not the allocation limit");
    }

    [Theory]
    [InlineData("var l = Enumerable.Range(0, int.MaxValue).Select(_ => new byte[4096]).ToList();")]
    [InlineData("var l = Enumerable.Range(0, int.MaxValue).Where(_ => true).Select(_ => new byte[4096]).ToList();")]
    public void ScriptAllocatingInsideALibraryCall_ShouldBeStoppedWithBoundedMemory(string allocation)
    {
        var (result, _, peakKiB) = Check(allocation, "timeoutSeconds: 60, allocationLimitMiB: 32");

        var failed = AssertContained(result);
        Assert.Matches("^rule ORG9 \\(hog\\) failed on plan .hog.: script rules/hog.csx (allocated more than 32 MiB|ran out of memory at rules/hog.csx:5) and was stopped", failed);
        // The heap ceiling is the heap when the script started + 4 x 32 MiB + 256 MiB; without it this grows until the machine runs out.
        Assert.True(peakKiB < 1024 * 1024, $"peak resident memory {peakKiB / 1024} MiB");
    }

    /// <summary>A refusal at compile time and an ordinary run: nothing here needs a process of its own, so it runs in this one.</summary>
    [Fact]
    public void ScriptReadingAFileOutsideItsInputs_ShouldNotRunUnlessTheCommandLineAllowsIt()
    {
        const string Read = "var text = System.IO.File.ReadAllText(\"/etc/passwd\");";

        var refused = CheckInProcess(Read, "timeoutSeconds: 10");
        Assert.Equal(2, refused.ExitCode);
        Assert.Equal("", refused.Out);
        Assert.StartsWith("bpl: rules/hog.csx:5:18: error: script rules may not use System.IO.File.ReadAllText: it reaches the file system;", refused.Error, StringComparison.Ordinal);
        Assert.Single(refused.Error.TrimEnd('\n').Split('\n'));

        var allowed = CheckInProcess(Read, "timeoutSeconds: 10", "--allow-unsafe-scripts");
        Assert.Equal(("", 1), (allowed.Error, allowed.ExitCode));
        Assert.Contains("evaluated hog", allowed.Out, StringComparison.Ordinal);
    }

    /// <summary>The hog plan has one BPL004 naming the script; graph-dev still has its own findings and the script's.</summary>
    private static string AssertContained(BplProcess.Result result)
    {
        Assert.Equal("", result.Error);
        Assert.Equal(1, result.ExitCode);
        var findings = JsonDocument.Parse(result.Out).RootElement.GetProperty("findings").EnumerateArray().ToList();
        string? File(JsonElement f) => f.GetProperty("file").GetString();
        string? Rule(JsonElement f) => f.GetProperty("ruleId").GetString();
        Assert.Contains(findings, f => File(f) == "graph-dev.yaml" && Rule(f) == "BPL403");
        Assert.Contains(findings, f => File(f) == "graph-dev.yaml" && Rule(f) == "ORG9");
        Assert.Contains(findings, f => File(f) == "a-hog.yaml" && Rule(f) == "BPL102");
        Assert.DoesNotContain(findings, f => File(f) == "graph-dev.yaml" && Rule(f) == "BPL004");
        return findings.Single(f => File(f) == "a-hog.yaml" && Rule(f) == "BPL004").GetProperty("message").GetString()!;
    }

    private (BplProcess.Result Result, TimeSpan Elapsed, long PeakKiB) Check(string hog, string scripts, params string[] extra)
    {
        Write(hog, scripts);

        // The script is compiled in this process, on graph-dev alone (where it does not misbehave), into the cache the
        // bpl process then loads it from: that process spends its time on the run, not on starting Roslyn.
        var compiled = BplProcess.InProcess(new Dictionary<string, string?> { ["XDG_CACHE_HOME"] = Path.Combine(_temp, "cache") }, _temp, ["check", "graph-dev.yaml", "--now", Now, "--format", "json", .. extra]);
        Assert.Equal("", compiled.Error);
        Assert.Contains("evaluated graph-dev", compiled.Out, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(Path.Combine(_temp, "cache", "bpl", "scripts"), "*.dll"));

        var peak = Path.Combine(_temp, "peak.txt");
        var environment = new Dictionary<string, string?>
        {
            ["XDG_CACHE_HOME"] = Path.Combine(_temp, "cache"),
            ["DOTNET_STARTUP_HOOKS"] = typeof(StartupHook).Assembly.Location,
            ["BPL_TEST_PEAK_MEMORY"] = peak,
            ["BPL_TEST_LOADED_ASSEMBLIES"] = Path.Combine(_temp, "loaded.txt"),
        };
        var clock = Stopwatch.StartNew();
        var result = BplProcess.RunWith(environment, _temp, ["check", "a-hog.yaml", "graph-dev.yaml", "--now", Now, "--format", "json", .. extra]);
        Assert.DoesNotContain("Microsoft.CodeAnalysis", File.ReadAllLines(Path.Combine(_temp, "loaded.txt")));
        return (result, clock.Elapsed, long.Parse(File.ReadAllText(peak), System.Globalization.CultureInfo.InvariantCulture));
    }

    private BplProcess.Result CheckInProcess(string hog, string scripts, params string[] extra)
    {
        Write(hog, scripts);
        return BplProcess.InProcess(new Dictionary<string, string?> { ["XDG_CACHE_HOME"] = Path.Combine(_temp, "cache") }, _temp, ["check", "a-hog.yaml", "graph-dev.yaml", "--now", Now, "--format", "json", .. extra]);
    }

    /// <summary>rules/hog.csx misbehaves on the hog plan only, then reports on every plan; .bpl.yaml sets its limits.</summary>
    private void Write(string hog, string scripts)
    {
        Directory.CreateDirectory(Path.Combine(_temp, "rules"));
        File.WriteAllText(Path.Combine(_temp, "rules", "hog.csx"),
            $"// @id ORG9\n// @name hog\n// @severity warning\nif (Plan.Name == \"hog\")\n    {{ {hog} }}\nReport(Plan.Node, $\"evaluated {{Plan.Name}}\");\n");
        File.WriteAllText(Path.Combine(_temp, ".bpl.yaml"), $"apiVersion: bpl/v1\nkind: Config\nspec:\n  rules: [ rules ]\n  scripts: {{ {scripts} }}\n");
    }
}
