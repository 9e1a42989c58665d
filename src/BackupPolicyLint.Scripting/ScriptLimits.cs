namespace BackupPolicyLint.Scripting;

/// <summary>What one evaluation of a script (one script on one plan) may use; <c>scripts:</c> in the config sets them.</summary>
internal sealed record ScriptLimits
{
    public const int DefaultAllocationMiB = 256;

    public static readonly TimeSpan DefaultTimeLimit = TimeSpan.FromSeconds(10);

    public TimeSpan TimeLimit { get; init; } = DefaultTimeLimit;

    /// <summary>Bytes the script's thread may allocate (garbage included), checked at every loop iteration and report.</summary>
    public long AllocationBytes { get; init; } = DefaultAllocationMiB * Mebibyte;

    /// <summary>
    /// Growth of the whole managed heap, while the script runs, past which it is stopped even between checkpoints
    /// (library calls that allocate without a loop of the script's own).
    /// </summary>
    public long HeapGrowthBytes => AllocationBytes * 4;

    /// <summary>
    /// Whether to give the process a GC heap limit when the first script runs (<see cref="HeapCeiling"/>). The CLI sets
    /// it; a host that runs the pipeline in its own process (the in-process tests) keeps its own heap settings.
    /// </summary>
    public bool CapProcessHeap { get; init; }

    public string AllocationText => $"{AllocationBytes / Mebibyte} MiB";

    private const long Mebibyte = 1024 * 1024;
}
