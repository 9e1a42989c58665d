using BackupPolicyLint.Diagnostics;

namespace BackupPolicyLint.Cli;

/// <summary>0: nothing at or above --fail-on; 1: findings at or above it; 2: the run could not be done as asked.</summary>
internal static class ExitCodes
{
    public const int Clean = 0;
    public const int FindingsAtThreshold = 1;
    public const int UsageError = 2;

    /// <summary>The --fail-on threshold: null (none) never fails.</summary>
    public static int For(IEnumerable<Finding> findings, Severity? failOn) =>
        failOn is { } threshold && findings.Any(f => !f.Suppressed && f.Severity <= threshold) ? FindingsAtThreshold : Clean;
}
