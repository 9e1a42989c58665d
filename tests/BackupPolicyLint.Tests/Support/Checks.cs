using BackupPolicyLint.Engine;
using BackupPolicyLint.Reporting;

namespace BackupPolicyLint.Tests.Support;

/// <summary>
/// Runs the real pipeline (discovery, loading, packs, engine) on files, as `bpl check --allow-no-files` does: these
/// tests are about what is judged; the refusal of a run that read nothing is EmptyInputTests'.
/// </summary>
internal static class Checks
{
    public static readonly DateTimeOffset Now = new(2026, 11, 20, 6, 0, 0, TimeSpan.Zero);

    public static CheckReport Run(string workingDirectory, params string[] paths) => RunWithPolicy(workingDirectory, null, paths);

    public static CheckReport RunWithPolicy(string workingDirectory, string? policy, params string[] paths) =>
        CheckPipeline.Run(new CheckRequest { Paths = paths, WorkingDirectory = workingDirectory, Now = Now, Policy = policy, AllowNoFiles = true });

    /// <summary>As `bpl check PATHS --backups BACKUPS [--backup-inspect INSPECT]`.</summary>
    public static CheckReport RunWithBackups(string workingDirectory, string? backups, string? inspect, params string[] paths) =>
        CheckPipeline.Run(new CheckRequest { Paths = paths, WorkingDirectory = workingDirectory, Now = Now, Backups = backups, BackupInspect = inspect, AllowNoFiles = true });

    /// <summary>Checks YAML text written to a temporary file named <paramref name="fileName"/>.</summary>
    public static CheckReport RunText(string text, string fileName = "plan.yaml", string? policy = null)
    {
        using var directory = new TempDirectory();
        File.WriteAllText(System.IO.Path.Combine(directory.Path, fileName), text);
        return RunWithPolicy(directory.Path, policy, fileName);
    }
}
