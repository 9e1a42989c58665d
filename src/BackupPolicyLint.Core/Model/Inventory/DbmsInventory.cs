namespace BackupPolicyLint.Model.Inventory;

/// <summary>
/// What a running DBMS is, as collected read-only (live, or from a <c>kind: Inventory</c> snapshot): edition, version,
/// servers, one row per database allocation, the backup-related settings, plugins when visible, and what could not be
/// collected. Rules judge it; only loaders and collectors build it.
/// </summary>
public sealed record DbmsInventory
{
    internal const string Kind = "Inventory";

    /// <summary>What plans name in <c>spec.dbms.inventory</c> to claim this inventory.</summary>
    public required string Name { get; init; }

    /// <summary>"community" or "enterprise" as Neo4j reports it; null when not collected.</summary>
    public string? Edition { get; init; }

    /// <summary>The kernel version as reported, e.g. "5.26.0", "2025.10.1"; null when not collected.</summary>
    public string? VersionText { get; init; }

    /// <summary>The servers, one row of SHOW SERVERS each; empty when they were not collected.</summary>
    public IReadOnlyList<InventoryServer> Servers { get; init; } = [];

    /// <summary>One row per database per hosting server (SHOW DATABASES in a cluster), composites once.</summary>
    public IReadOnlyList<InventoryDatabase> Databases { get; init; } = [];

    /// <summary>The backup-related settings of the server that answered, by name (values as Neo4j prints them).</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    /// <summary>Plugins seen through their procedures (apoc, gds, ...); null when they could not be seen.</summary>
    public IReadOnlyList<string>? Plugins { get; init; }

    /// <summary>The parts that could not be collected, with why.</summary>
    public IReadOnlyList<IncompleteItem> Incomplete { get; init; } = [];

    /// <summary>When the inventory was collected.</summary>
    public required DateTimeOffset CollectedAt { get; init; }

    /// <summary>The URI collected from, never with credentials.</summary>
    public required string Source { get; init; }

    /// <summary>The bpl version that collected it.</summary>
    public required string ToolVersion { get; init; }

    /// <summary>The snapshot file it was read from (display path), or null when collected live in this run.</summary>
    public string? File { get; init; }

    /// <summary>Where the snapshot gives its name (<c>metadata.name</c>), for findings about the snapshot itself; null when collected live.</summary>
    public Diagnostics.SourceSpan? NameSpan { get; init; }

    /// <summary><see cref="VersionText"/> parsed; null when missing or not a version.</summary>
    public Neo4jVersion? Version => Neo4jVersion.TryParse(VersionText, out var version) ? version : null;

    /// <summary>True when the edition is Community.</summary>
    public bool IsCommunity => string.Equals(Edition, "community", StringComparison.OrdinalIgnoreCase);

    /// <summary>Database names in first-seen order (rows repeat per allocation in a cluster).</summary>
    public IReadOnlyList<string> DatabaseNames => Databases.Select(d => d.Name).Distinct(DatabaseName.Comparer).ToList();

    /// <summary>Every row (one per hosting server) of <paramref name="database"/>, compared case-insensitively.</summary>
    public IReadOnlyList<InventoryDatabase> RowsOf(string database) => Databases.Where(d => DatabaseName.Same(d.Name, database)).ToList();

    /// <summary>The first row of <paramref name="database"/>, or null when the DBMS has no such database.</summary>
    public InventoryDatabase? FindDatabase(string database) => Databases.FirstOrDefault(d => DatabaseName.Same(d.Name, database));

    /// <summary>True when the part was collected; rules that lean on a part stay quiet without it.</summary>
    public bool Has(string part) => Incomplete.All(i => i.Part != part);

    /// <summary>The value of setting <paramref name="name"/>, or null when it was not collected.</summary>
    public string? Setting(string name) => Settings.TryGetValue(name, out var value) ? value : null;

    /// <summary>Setting <paramref name="name"/> as true or false; null when missing or not a boolean.</summary>
    public bool? BoolSetting(string name) => Setting(name)?.Trim().ToLowerInvariant() switch
    {
        "true" => true,
        "false" => false,
        _ => null,
    };
}
