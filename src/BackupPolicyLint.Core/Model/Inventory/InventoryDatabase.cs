namespace BackupPolicyLint.Model.Inventory;

/// <summary>One row of SHOW DATABASES: a database on one hosting server (or a composite, which has no role).</summary>
public sealed record InventoryDatabase
{
    public const string Online = "online";

    public required string Name { get; init; }

    /// <summary>standard, system or composite (2025.12+: graph shard, property shard).</summary>
    public string Type { get; init; } = "standard";

    public IReadOnlyList<string> Aliases { get; init; } = [];
    public IReadOnlyList<string> Constituents { get; init; } = [];
    public string? RequestedStatus { get; init; }
    public string? CurrentStatus { get; init; }
    public string? StatusMessage { get; init; }

    /// <summary>primary, secondary, unknown (4.4: standalone, leader, follower, read_replica); null for composites.</summary>
    public string? Role { get; init; }

    /// <summary>The Bolt address of the hosting server; null when that server is offline.</summary>
    public string? Address { get; init; }

    public bool? Writer { get; init; }
    public bool? Default { get; init; }

    public bool IsComposite => string.Equals(Type, "composite", StringComparison.OrdinalIgnoreCase);

    public bool IsSystem => string.Equals(Type, "system", StringComparison.OrdinalIgnoreCase) || DatabaseName.Same(Name, DatabaseSpec.System);

    public bool IsOnline => string.Equals(CurrentStatus, Online, StringComparison.OrdinalIgnoreCase);

    public string? AddressHost => Address is null ? null : HostNames.HostOf(StripScheme(Address));

    private static string StripScheme(string address)
    {
        var scheme = address.IndexOf("://", StringComparison.Ordinal);
        return scheme >= 0 ? address[(scheme + 3)..] : address;
    }
}
