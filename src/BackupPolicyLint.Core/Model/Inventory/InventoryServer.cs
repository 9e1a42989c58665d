namespace BackupPolicyLint.Model.Inventory;

/// <summary>One row of SHOW SERVERS: a cluster member and the databases it hosts.</summary>
public sealed record InventoryServer
{
    /// <summary>The server's name.</summary>
    public required string Name { get; init; }

    /// <summary>Its Bolt address, host:port.</summary>
    public string? Address { get; init; }

    /// <summary>Free, Enabled, Cordoned, Deallocating, Deallocated, Dropped.</summary>
    public string? State { get; init; }

    /// <summary>Available or Unavailable.</summary>
    public string? Health { get; init; }

    /// <summary>The databases it hosts.</summary>
    public IReadOnlyList<string> Hosting { get; init; } = [];

    /// <summary>The host of <see cref="Address"/>, without its port; null when there is no address.</summary>
    public string? AddressHost => Address is null ? null : HostNames.HostOf(Address);
}
