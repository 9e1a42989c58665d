namespace BackupPolicyLint.Engine;

/// <summary>
/// One status line for long work (collecting many DBMSs, a large artifact scan, compiling a script). It goes to stderr
/// only when stderr is a terminal (the CLI's terminal reporter); otherwise nothing is shown
/// (<see cref="NullProgressReporter"/>), so logs, pipes and report files never see it.
/// </summary>
internal interface IProgressReporter
{
    /// <summary>
    /// Shows <paramref name="status"/> in place of the current one. A reporter may drop updates that come closer together
    /// than it can show unless <paramref name="force"/> (the start of a step),
    /// so callers may report every step. Safe to call from several threads.
    /// </summary>
    void Report(string status, bool force = false);

    /// <summary>Erases the status line; call it when the work is done and before anything else is printed.</summary>
    void Clear();
}
