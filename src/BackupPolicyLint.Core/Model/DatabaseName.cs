namespace BackupPolicyLint.Model;

/// <summary>
/// Neo4j normalises database names to lower case, so <c>System</c>, <c>NEO4J</c> and <c>Orders</c> name the databases
/// <c>system</c>, <c>neo4j</c> and <c>orders</c>. Every coverage, reference and drift comparison goes through here;
/// messages quote names as the plan wrote them.
/// </summary>
public static class DatabaseName
{
    /// <summary>Compares database names as Neo4j does: case-insensitively.</summary>
    public static StringComparer Comparer => StringComparer.OrdinalIgnoreCase;

    /// <summary>True when the two names name the same database.</summary>
    public static bool Same(string? left, string? right) => string.Equals(left, right, StringComparison.OrdinalIgnoreCase);
}
