namespace BackupPolicyLint.Model.Inventory;

/// <summary>One row of SHOW SERVERS: a cluster member and the databases it hosts.</summary>
public sealed record InventoryServer
{
    public required string Name { get; init; }

    /// <summary>Its Bolt address, host:port.</summary>
    public string? Address { get; init; }

    /// <summary>Free, Enabled, Cordoned, Deallocating, Deallocated, Dropped.</summary>
    public string? State { get; init; }

    /// <summary>Available or Unavailable.</summary>
    public string? Health { get; init; }

    public IReadOnlyList<string> Hosting { get; init; } = [];

    public string? AddressHost => Address is null ? null : HostNames.HostOf(Address);
}
