using System.Diagnostics;

namespace BackupPolicyLint.Engine;

/// <summary>
/// With BPL_TIMING=1, how long each stage of a check took, with GC counts and peak memory, on stderr (like ESLint's
/// TIMING). Measures what a user's own run spends its time on; off by default and free when off.
/// </summary>
internal sealed class StageTimings
{
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly List<(string Stage, TimeSpan Took, long PeakBytes)> stages = [];
    private TimeSpan last;

    /// <summary>Timings when the BPL_TIMING variable is 1 or true, else null.</summary>
    public static StageTimings? When(string? variable) => variable is "1" or "true" ? new StageTimings() : null;

    public void Mark(string stage)
    {
        var now = clock.Elapsed;
        // The peak so far, so a stage that raises it shows (a large run's memory is judged stage by stage).
        using var process = Process.GetCurrentProcess();
        stages.Add((stage, now - last, process.PeakWorkingSet64));
        last = now;
    }

    public void WriteTo(TextWriter error)
    {
        foreach (var (stage, took, peak) in stages)
        {
            error.WriteLine($"bpl timing: {stage,-24} {took.TotalMilliseconds,8:0} ms; peak so far {peak / (1024 * 1024)} MiB");
        }

        using var process = Process.GetCurrentProcess();
        error.WriteLine(
            $"bpl timing: {"total",-24} {clock.Elapsed.TotalMilliseconds,8:0} ms; GCs gen0/1/2 {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}; " +
            $"peak working set {process.PeakWorkingSet64 / (1024 * 1024)} MiB; GC pause {GC.GetTotalPauseDuration().TotalMilliseconds:0} ms");
    }
}
