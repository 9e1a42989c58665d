using System.Diagnostics;
using System.Runtime;

namespace BackupPolicyLint.Cli;

/// <summary>
/// With BPL_TIMING=1, what the whole process cost beyond the stages: time since the process started (runtime start-up
/// included), methods the JIT compiled (ReadyToRun code is not counted: what shows here was not precompiled) and the
/// assemblies loaded. The measure behind the cold-start work in docs/performance.md.
/// </summary>
internal static class StartupCost
{
    public static void WriteWhen(string? variable, TextWriter error)
    {
        if (variable is not ("1" or "true"))
        {
            return;
        }

        using var process = Process.GetCurrentProcess();
        var sinceStart = DateTime.Now - process.StartTime;
        var assemblies = AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetName().Name).Order(StringComparer.Ordinal).ToList();
        error.WriteLine(
            $"bpl timing: {"process",-24} {sinceStart.TotalMilliseconds,8:0} ms since start; JIT compiled {JitInfo.GetCompiledMethodCount()} methods " +
            $"in {JitInfo.GetCompilationTime().TotalMilliseconds:0} ms");
        error.WriteLine($"bpl timing: {assemblies.Count} assemblies loaded: {string.Join(", ", assemblies)}");
    }
}
