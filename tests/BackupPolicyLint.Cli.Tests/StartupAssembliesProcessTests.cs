using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Cli.Tests;

/// <summary>
/// What a one-plan `bpl check` loads at start, read from BPL_TIMING's assembly list in a real process (its runtimeconfig
/// is the shipped one): work a one-plan run does not need is a cold-start cost (docs/performance.md, "Cold start").
/// </summary>
public sealed class StartupAssembliesProcessTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("bpl-startup-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void OnePlanCheck_ShouldLoadNoReflectionEmitAndNoPlinq()
    {
        // Given one plan, read with YamlDotNet (whose parser builds a RegexOptions.Compiled regex at first use).
        var report = Path.Combine(_temp, "report.json");

        // When bpl checks it as a user would, JSON report to a file, with BPL_TIMING=1.
        var result = BplProcess.RunWith(
            new Dictionary<string, string?> { ["BPL_TIMING"] = "1" },
            Repo.Root,
            "check", "examples/staging", "--now", "2026-11-20T06:00:00Z", "--format", "json", "--output", report);

        // Then it ran, and loaded neither Reflection.Emit (a compiled regex emits IL) nor PLINQ (one file needs no threads).
        Assert.True(File.Exists(report), result.Error);
        var loaded = result.Error.Split('\n').Single(line => line.Contains("assemblies loaded:", StringComparison.Ordinal));
        Assert.Contains("YamlDotNet", loaded, StringComparison.Ordinal);
        Assert.DoesNotContain("System.Reflection.Emit", loaded, StringComparison.Ordinal);
        Assert.DoesNotContain("System.Linq.Parallel", loaded, StringComparison.Ordinal);
    }
}
