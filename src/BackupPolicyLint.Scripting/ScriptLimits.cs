namespace BackupPolicyLint.Scripting;

/// <summary>What one evaluation of a script (one script on one plan) may use; <c>scripts:</c> in the config sets them.</summary>
public sealed record ScriptLimits
{
    public const int DefaultAllocationMiB = 256;

    public static readonly TimeSpan DefaultTimeLimit = TimeSpan.FromSeconds(10);

    public TimeSpan TimeLimit { get; init; } = DefaultTimeLimit;

    /// <summary>Bytes the script's thread may allocate (garbage included), checked at every loop iteration and report.</summary>
    public long AllocationBytes { get; init; } = DefaultAllocationMiB * Mebibyte;

    public string AllocationText => $"{AllocationBytes / Mebibyte} MiB";

    private const long Mebibyte = 1024 * 1024;
}
