using BackupPolicyLint.Model.Inventory;

namespace BackupPolicyLint.Neo4j;

/// <summary>
/// The read-only statements, one request each (neo4j-facts.md §7), so that one refused part leaves the rest collected.
/// Single-line: the HTTP APIs do not accept literal newlines in a statement.
/// </summary>
internal static class InventoryStatements
{
    public static readonly IReadOnlyList<(string Part, string Statement)> All =
    [
        (InventoryParts.Components, "CALL dbms.components() YIELD name, versions, edition"),
        (InventoryParts.Databases, "SHOW DATABASES YIELD *"),
        (InventoryParts.Servers, "SHOW SERVERS YIELD *"),
        (InventoryParts.Settings, "SHOW SETTINGS YIELD * WHERE name STARTS WITH 'server.backup.' OR name STARTS WITH 'dbms.ssl.policy.backup.' RETURN name, value"),
        (InventoryParts.Plugins, "SHOW PROCEDURES YIELD name"),
    ];
}
