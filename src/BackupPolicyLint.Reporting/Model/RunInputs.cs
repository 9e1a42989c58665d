namespace BackupPolicyLint.Reporting.Model;

/// <summary>
/// Every input of a run besides its paths and clock (<see cref="RunInfo"/>), as an audit record states them: filled once
/// by the pipeline from what it actually read and used, so a report never guesses ("no backup location was given").
/// Paths are display paths, relative to the working directory.
/// </summary>
internal sealed record RunInputs
{
    /// <summary>Files that held at least one backup plan, ordinal order.</summary>
    public IReadOnlyList<string> PlanFiles { get; init; } = [];

    /// <summary>neo4j.conf files, scripts, Dockerfiles and manifests analysed, ordinal order.</summary>
    public IReadOnlyList<string> InfrastructureFiles { get; init; } = [];

    /// <summary>--backups (and --backup-inspect), or null when no backup location was given.</summary>
    public BackupLocationInput? Backups { get; init; }

    /// <summary>Inventory snapshots (--inventory) then live collections (--neo4j-uri), in the order used.</summary>
    public IReadOnlyList<InventoryInput> Inventories { get; init; } = [];

    /// <summary>The project config read (--config, or the .bpl.yaml found), or null.</summary>
    public string? ConfigFile { get; init; }

    /// <summary>The config's pack routes in order (first match wins), each naming the pack and the plans it judges.</summary>
    public IReadOnlyList<PackRouteInput> PackRoutes { get; init; } = [];

    /// <summary>Custom rule folders and files: the config's, then --policy's.</summary>
    public IReadOnlyList<string> RuleSources { get; init; } = [];

    /// <summary>Waiver files the config names.</summary>
    public IReadOnlyList<string> WaiverFiles { get; init; } = [];

    /// <summary>--baseline FILE or the config's baseline, or null.</summary>
    public string? BaselineFile { get; init; }
}
