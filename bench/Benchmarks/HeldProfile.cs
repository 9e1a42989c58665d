using System.Runtime.CompilerServices;
using BackupPolicyLint.Engine;
using BackupPolicyLint.Reporting;

namespace BackupPolicyLint.Benchmarks;

/// <summary>
/// What a finished check still holds for its reports, by part: the managed heap with the whole report, then with its
/// outcomes dropped, then with its findings dropped too (full collections between). Tells which part grows with the run.
/// </summary>
internal static class HeldProfile
{
    public static void Run(string directory)
    {
        var baseline = Collected();
        var (findings, outcomes, withAll) = Held(directory);
        Console.WriteLine($"{findings:N0} findings, {outcomes:N0} outcomes");
        Console.WriteLine($"held: whole report {Mib(withAll.All - baseline)}; outcomes, evaluations and plan summaries {Mib(withAll.All - withAll.WithoutOutcomes)} ({(withAll.All - withAll.WithoutOutcomes) / Math.Max(1, outcomes)} B each); "
            + $"findings {Mib(withAll.WithoutOutcomes - withAll.WithoutFindings)} ({(withAll.WithoutOutcomes - withAll.WithoutFindings) / Math.Max(1, findings)} B each); rest {Mib(withAll.WithoutFindings - baseline)}");
    }

    // Each step runs in its own frame and leaves the report only in the box, so no temporary of the caller's keeps the
    // previous report alive while the heap is measured.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (int Findings, int Outcomes, (long All, long WithoutOutcomes, long WithoutFindings) Heap) Held(string directory)
    {
        var box = new StrongBox<CheckReport?>();
        var counts = Check(box, directory);
        var all = Collected();
        // Only the findings (the rule texts are built on demand from the evaluations, so those go with the outcomes).
        KeepFindings(box);
        var withoutOutcomes = Collected();
        DropFindings(box);
        var withoutFindings = Collected();
        if (Environment.GetEnvironmentVariable("BPL_HELD_PAUSE") is not null)
        {
            // Time to take a heap dump (dotnet-gcdump collect -p PID) of what is left.
            Console.WriteLine("paused; press Enter");
            Console.ReadLine();
        }

        GC.KeepAlive(box);
        return (counts.Findings, counts.Outcomes, (all, withoutOutcomes, withoutFindings));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (int Findings, int Outcomes) Check(StrongBox<CheckReport?> box, string directory)
    {
        var now = new DateTimeOffset(2026, 11, 20, 6, 0, 0, TimeSpan.Zero);
        box.Value = CheckPipeline.Run(new CheckRequest { Paths = [directory], WorkingDirectory = directory, Now = now });
        return (box.Value.Findings.Count, box.Value.Outcomes.Count);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void KeepFindings(StrongBox<CheckReport?> box) =>
        box.Value = new CheckReport(box.Value!.ToolVersion, box.Value.Findings, box.Value.FilesChecked, box.Value.Packs);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void DropFindings(StrongBox<CheckReport?> box) =>
        box.Value = new CheckReport(box.Value!.ToolVersion, [], box.Value.FilesChecked, box.Value.Packs);

    private static long Collected()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static string Mib(long bytes) => $"{bytes / 1048576.0:N1} MiB";
}
