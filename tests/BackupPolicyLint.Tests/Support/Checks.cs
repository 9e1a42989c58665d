using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Engine;
using BackupPolicyLint.Loading.Config;
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

    /// <summary>
    /// The examples with every kind of input: backups and their inspect output, an inventory, the config, --fail-on
    /// warning. Run once per test process: the report is immutable and its callers only read it.
    /// </summary>
    public static CheckReport ExamplesWithEveryInput() => EveryInput.Value;

    private static readonly Lazy<CheckReport> EveryInput = new(() => CheckPipeline.Run(new CheckRequest
    {
        Paths = ["examples"],
        WorkingDirectory = Repo.Root,
        Now = Checks.Now,
        Backups = "examples/backups",
        BackupInspect = "examples/backups/payments-prod.inspect.txt",
        InventoryFiles = ["examples/inventory/prod-cluster.json"],
        Config = ConfigLoader.Load(Path.Combine(Repo.Root, "examples", "policies", "bpl.yaml"), "examples/policies/bpl.yaml"),
        FailOn = Severity.Warning,
    }));
}
