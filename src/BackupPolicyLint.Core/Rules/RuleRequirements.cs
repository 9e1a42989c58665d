namespace BackupPolicyLint.Rules;

/// <summary>
/// Preconditions many rules share, declared on the descriptor (<see cref="RuleDescriptor.Requires"/>) and judged by the
/// engine before it asks the rule anything: a plan that does not meet one gets the outcome and reason of
/// <see cref="Applicability"/>'s matching helper, and the rule's <c>Applies</c> and <c>Check</c> are not called.
/// </summary>
[Flags]
internal enum RuleRequirements
{
    None = 0,

    /// <summary>The DBMS is a cluster (<c>dbms.topology: cluster</c>); otherwise not applicable.</summary>
    Cluster = 1,

    /// <summary>An inventory matched the plan (<c>--inventory</c>, <c>--neo4j-uri</c>); otherwise not evaluated. Read it as <see cref="PlanContext.RequiredInventory"/>.</summary>
    Inventory = 2,

    /// <summary>A backup location was given (<c>--backups</c>); otherwise not evaluated. Read it as <see cref="PlanContext.RequiredArtifacts"/>.</summary>
    BackupLocation = 4,
}

internal static class RuleRequirementNames
{
    private static readonly (RuleRequirements Flag, string Name)[] Names =
    [
        (RuleRequirements.Cluster, "cluster"), (RuleRequirements.Inventory, "inventory"), (RuleRequirements.BackupLocation, "backup location"),
    ];

    /// <summary>Every requirement.</summary>
    public static RuleRequirements All => Names.Aggregate(RuleRequirements.None, (all, n) => all | n.Flag);

    /// <summary>Each requirement's name in the docs' and script headers' words: "cluster", "inventory", "backup location".</summary>
    public static IEnumerable<string> ToNames(this RuleRequirements requirements) =>
        Names.Where(n => requirements.HasFlag(n.Flag)).Select(n => n.Name);

    /// <summary>The requirement a name says (any case, "backup-location" too); null for an unknown name.</summary>
    public static RuleRequirements? Parse(string name) => Names
        .Where(n => string.Equals(n.Name, name.Trim().Replace('-', ' '), StringComparison.OrdinalIgnoreCase))
        .Select(n => (RuleRequirements?)n.Flag)
        .FirstOrDefault();
}
