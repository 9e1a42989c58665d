using System.Text.Json;
using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Cli.Tests;

/// <summary>
/// Which assemblies a real `bpl` process loads for the example policy's script rule (a startup hook lists them when
/// it ends): Roslyn when the script is compiled, not when it comes from the cache, and neither Roslyn nor the
/// scripting assembly with --no-scripts. A class of its own so that these processes run beside PolicyAsCodeTests.
/// </summary>
public sealed class ScriptLoadingProcessTests : IDisposable
{
    private const string Now = "2026-11-20T06:00:00Z";
    private readonly string _temp = Directory.CreateTempSubdirectory("bpl-loading-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private Dictionary<string, string?> Environment(string loadedAssemblies) => new()
    {
        ["XDG_CACHE_HOME"] = Path.Combine(_temp, "cache"),
        ["DOTNET_STARTUP_HOOKS"] = typeof(StartupHook).Assembly.Location,
        ["BPL_TEST_LOADED_ASSEMBLIES"] = loadedAssemblies,
    };

    private static IEnumerable<JsonElement> Of(BplProcess.Result result, string rule) =>
        JsonDocument.Parse(result.Out).RootElement.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("ruleId").GetString() == rule).ToList();

    [Fact]
    public void ScriptRule_ShouldCompileOnceAndBeLoadedFromTheCacheThen()
    {
        var loaded = Path.Combine(_temp, "loaded.txt");
        var args = new[] { "check", "examples/flawed-prod", "--policy", "examples/policies/rules/acme-cost-centre.csx", "--now", Now, "--format", "json" };

        var first = BplProcess.RunWith(Environment(loaded), Repo.Root, args);
        Assert.Equal("", first.Error);
        Assert.NotEmpty(Of(first, "ACME201"));
        Assert.Contains("Microsoft.CodeAnalysis.CSharp.Scripting", File.ReadAllLines(loaded));
        var cached = Directory.GetFiles(Path.Combine(_temp, "cache", "bpl", "scripts"), "*.dll").Single();
        var written = File.GetLastWriteTimeUtc(cached);

        var second = BplProcess.RunWith(Environment(loaded), Repo.Root, args);
        Assert.Equal(first.Out, second.Out);
        Assert.Equal(written, File.GetLastWriteTimeUtc(cached));
        Assert.DoesNotContain(File.ReadAllLines(loaded), name => name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal));
    }

    [Fact]
    public void CheckWithoutScripts_ShouldNotLoadRoslyn()
    {
        var loaded = Path.Combine(_temp, "loaded.txt");
        var result = BplProcess.RunWith(Environment(loaded), Repo.Root, "check", "examples", "--config", "examples/policies/bpl.yaml", "--no-scripts", "--now", Now);

        Assert.Equal(1, result.ExitCode);
        Assert.DoesNotContain("ACME201", result.Out, StringComparison.Ordinal);
        Assert.Contains("ACME101", result.Out, StringComparison.Ordinal);
        var names = File.ReadAllLines(loaded);
        Assert.Contains("BackupPolicyLint.Rules", names);
        Assert.DoesNotContain(names, name => name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) || name == "BackupPolicyLint.Scripting");
    }
}
