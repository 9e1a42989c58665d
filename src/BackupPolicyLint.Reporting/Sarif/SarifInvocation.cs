namespace BackupPolicyLint.Reporting.Sarif;

/// <summary>
/// How the tool ran: its exit code, whether it ran to the end (a run that finds problems still succeeded; an unusable
/// command line never gets this far), when, and notes such as results left out by --max-results.
/// </summary>
public sealed record SarifInvocation(
    int ExitCode,
    bool ExecutionSuccessful,
    string StartTimeUtc,
    string EndTimeUtc,
    IReadOnlyList<SarifNotification>? ToolExecutionNotifications);
