using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Loading.Config;
using BackupPolicyLint.Model;
using BackupPolicyLint.Model.Inventory;

namespace BackupPolicyLint.Engine;

/// <summary>What `bpl check` was asked to do, validated.</summary>
internal sealed record CheckRequest
{
    public required IReadOnlyList<string> Paths { get; init; }
    public required string WorkingDirectory { get; init; }
    public required DateTimeOffset Now { get; init; }

    /// <summary>True when --now was given (reports say whether "today" was fixed).</summary>
    public bool NowGiven { get; init; }

    /// <summary>When the report is produced; the clock unless SOURCE_DATE_EPOCH fixes it.</summary>
    public DateTimeOffset GeneratedAt { get; init; } = DateTimeOffset.UtcNow;

    /// <summary>A built-in pack name or a pack file; null picks a pack per plan environment.</summary>
    public string? Policy { get; init; }

    /// <summary>Files loaded at once; the result is the same for any value (findings are sorted afterwards).</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// Plan files loaded and judged before their trees are dropped, so memory follows the batch, not the run; the result
    /// is the same for any value (docs/performance.md).
    /// </summary>
    public int PlanFilesPerBatch { get; init; } = 512;

    /// <summary>
    /// Findings held in memory before the run writes them to temporary files (about 1 KB each held); the result is the
    /// same for any value, 0 puts every finding on disk (docs/performance.md, "Findings and outcomes on disk").
    /// </summary>
    public int FindingsHeldInMemory { get; init; } = 50_000;

    /// <summary>Judged plans (summary and evaluations, about 5 KB each held) held in memory before they are written to temporary files.</summary>
    public int PlansHeldInMemory { get; init; } = 2_000;

    /// <summary>Seen by tests only: each batch of plans once judged, just before the run lets their trees go.</summary>
    internal Action<IReadOnlyList<BackupPlan>>? BatchJudged { get; init; }

    /// <summary>The backup location to inspect (<c>--backups DIR</c>); null leaves the artifact rules quiet.</summary>
    public string? Backups { get; init; }

    /// <summary>Saved <c>neo4j-admin backup inspect</c> output (<c>--backup-inspect FILE</c>); only with <see cref="Backups"/>.</summary>
    public string? BackupInspect { get; init; }

    /// <summary>--changed-since REV: report only files git says changed since REV (plus untracked ones).</summary>
    public string? ChangedSince { get; init; }

    /// <summary>Inventory snapshot files (--inventory), relative to the working directory.</summary>
    public IReadOnlyList<string> InventoryFiles { get; init; } = [];

    /// <summary>Collects the live inventories (--neo4j-uri, in command-line order); null when none was asked for.</summary>
    public Func<IReadOnlyList<DbmsInventory>>? LiveInventories { get; init; }

    /// <summary>The project config (found upward from the first path, or --config); null when there is none.</summary>
    public ProjectConfig? Config { get; init; }

    /// <summary>Custom rule files and folders named by --policy (the only places besides the config's rule folders scripts load from).</summary>
    public IReadOnlyList<string> PolicyRuleSources { get; init; } = [];

    /// <summary>--allow-no-files: a folder with no file bpl reads is checked (0 files) instead of refused with exit 2.</summary>
    public bool AllowNoFiles { get; init; }

    /// <summary>--no-scripts: .csx rules are neither compiled nor run.</summary>
    public bool NoScripts { get; init; }

    /// <summary>
    /// Scripts may use any API (no allow-list): --allow-unsafe-scripts, or scripts.allowUnsafeApis in a --config outside
    /// the checked repository (<see cref="ScriptTrust"/>). A config found by discovery never turns this on.
    /// </summary>
    public bool AllowUnsafeScripts { get; init; }

    /// <summary>
    /// The guard is off because a trusted config said so, not the command line: it is off only for scripts outside the
    /// checked repository (a trusted config naming a rule folder inside it would trust what a pull request puts there).
    /// </summary>
    public bool UnsafeScriptsOnlyOutsideCheckedTrees { get; init; }
    /// <summary>--fail-on (or the config's failOn): the threshold reports state and judge their verdict by; null is "none".</summary>
    public Severity? FailOn { get; init; } = Severity.Error;

    /// <summary>--baseline FILE (else the config's baseline): findings it lists are hidden.</summary>
    public string? Baseline { get; init; }

    /// <summary>Stage timings for BPL_TIMING=1; null (the default) measures nothing.</summary>
    public StageTimings? Timings { get; init; }

    /// <summary>The status line for long work (script compiles, a large scan, live collection); nothing unless stderr is a terminal.</summary>
    public IProgressReporter Progress { get; init; } = NullProgressReporter.Instance;

    /// <summary>
    /// Give the process a GC heap limit when the first script runs, so that a script allocating without bound fails
    /// alone (docs/security.md). Set by the command line; a host running the pipeline in its own process keeps its heap.
    /// </summary>
    public bool CapScriptHeap { get; init; }

    /// <summary>Hears, once, why the script cache is not used (another user can write it); set by --verbose.</summary>
    public Action<string>? ScriptNotice { get; init; }

    /// <summary>Where compiled scripts are cached ($XDG_CACHE_HOME/bpl/scripts or ~/.cache/bpl/scripts).</summary>
    public string ScriptCacheDirectory { get; init; } = "";
}
