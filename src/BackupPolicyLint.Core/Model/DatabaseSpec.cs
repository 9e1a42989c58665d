namespace BackupPolicyLint.Model;

/// <summary>One entry of <c>spec.databases</c>.</summary>
public sealed record DatabaseSpec : ModelElement
{
    /// <summary>The name of the system database (users, roles, database definitions).</summary>
    public const string System = "system";

    /// <summary>The database name as the plan writes it.</summary>
    public required string Name { get; init; }
    /// <summary><c>standard</c> (the default) or <c>composite</c>.</summary>
    public string Type { get; init; } = "standard";
    /// <summary><c>sizeGiB</c>: the size, for restore-time estimates; null when not given.</summary>
    public double? SizeGiB { get; init; }
    /// <summary>A composite database's constituents; empty otherwise.</summary>
    public IReadOnlyList<string> Constituents { get; init; } = [];

    /// <summary>True for a composite database (nothing of its own to back up).</summary>
    public bool IsComposite => string.Equals(Type, "composite", StringComparison.OrdinalIgnoreCase);
    /// <summary>True for the system database.</summary>
    public bool IsSystem => DatabaseName.Same(Name, System);
}
