using BackupPolicyLint.Model.Inventory;

namespace BackupPolicyLint.Cli.Checking;

/// <summary>What `bpl check` was asked to do, validated.</summary>
public sealed record CheckOptions
{
    public required IReadOnlyList<string> Paths { get; init; }
    public required string WorkingDirectory { get; init; }
    public required DateTimeOffset Now { get; init; }

    /// <summary>A built-in pack name or a pack file; null picks a pack per plan environment.</summary>
    public string? Policy { get; init; }

    /// <summary>Inventory snapshot files (--inventory), relative to the working directory.</summary>
    public IReadOnlyList<string> InventoryFiles { get; init; } = [];

    /// <summary>Collects the live inventory (--neo4j-uri); null when none was asked for.</summary>
    public Func<DbmsInventory>? LiveInventory { get; init; }
}
