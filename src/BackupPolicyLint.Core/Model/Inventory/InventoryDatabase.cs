namespace BackupPolicyLint.Model.Inventory;

/// <summary>One row of SHOW DATABASES: a database on one hosting server (or a composite, which has no role).</summary>
public sealed record InventoryDatabase
{
    /// <summary>The status of a database that is running.</summary>
    public const string Online = "online";

    /// <summary>The database name.</summary>
    public required string Name { get; init; }

    /// <summary>standard, system or composite (2025.12+: graph shard, property shard).</summary>
    public string Type { get; init; } = "standard";

    /// <summary>The database's aliases.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];
    /// <summary>A composite database's constituents; empty otherwise.</summary>
    public IReadOnlyList<string> Constituents { get; init; } = [];
    /// <summary>The status asked for (online, offline).</summary>
    public string? RequestedStatus { get; init; }
    /// <summary>The status it has on this server.</summary>
    public string? CurrentStatus { get; init; }
    /// <summary>Why it has that status, when Neo4j says.</summary>
    public string? StatusMessage { get; init; }

    /// <summary>primary, secondary, unknown (4.4: standalone, leader, follower, read_replica); null for composites.</summary>
    public string? Role { get; init; }

    /// <summary>The Bolt address of the hosting server; null when that server is offline.</summary>
    public string? Address { get; init; }

    /// <summary>True on the server that accepts writes for the database.</summary>
    public bool? Writer { get; init; }
    /// <summary>True for the default database.</summary>
    public bool? Default { get; init; }

    /// <summary>True for a composite database.</summary>
    public bool IsComposite => string.Equals(Type, "composite", StringComparison.OrdinalIgnoreCase);

    /// <summary>True for the system database.</summary>
    public bool IsSystem => string.Equals(Type, "system", StringComparison.OrdinalIgnoreCase) || DatabaseName.Same(Name, DatabaseSpec.System);

    /// <summary>True when its current status is online.</summary>
    public bool IsOnline => string.Equals(CurrentStatus, Online, StringComparison.OrdinalIgnoreCase);

    /// <summary>The host of <see cref="Address"/>, without scheme and port; null when there is no address.</summary>
    public string? AddressHost => Address is null ? null : HostNames.HostOf(StripScheme(Address));

    private static string StripScheme(string address)
    {
        var scheme = address.IndexOf("://", StringComparison.Ordinal);
        return scheme >= 0 ? address[(scheme + 3)..] : address;
    }
}
