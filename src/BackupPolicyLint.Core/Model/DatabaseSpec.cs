namespace BackupPolicyLint.Model;

/// <summary>One entry of <c>spec.databases</c>.</summary>
public sealed record DatabaseSpec : ModelElement
{
    public const string System = "system";

    public required string Name { get; init; }
    public string Type { get; init; } = "standard";
    public double? SizeGiB { get; init; }
    public IReadOnlyList<string> Constituents { get; init; } = [];

    public bool IsComposite => string.Equals(Type, "composite", StringComparison.OrdinalIgnoreCase);
    public bool IsSystem => DatabaseName.Same(Name, System);
}
