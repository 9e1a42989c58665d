using BackupPolicyLint.Neo4j;

namespace BackupPolicyLint.Engine;

/// <summary>
/// What each live inventory is called (the name plans put in spec.dbms.inventory): the endpoint's host, as for a
/// single DBMS; host:port for endpoints whose host another --neo4j-uri of the same run shares, so that two DBMSs on
/// one machine never answer to the same name.
/// </summary>
internal static class InventoryNames
{
    /// <exception cref="CheckFailureException">Two URIs name the same DBMS (same host and port).</exception>
    public static IReadOnlyList<string> For(IReadOnlyList<Uri> endpoints)
    {
        var names = endpoints
            .Select(e => endpoints.Count(o => string.Equals(o.Host, e.Host, StringComparison.OrdinalIgnoreCase)) > 1 ? $"{e.Host}:{e.Port}" : e.Host)
            .ToList();
        for (var i = 0; i < names.Count; i++)
        {
            var first = names.FindIndex(n => string.Equals(n, names[i], StringComparison.OrdinalIgnoreCase));
            if (first < i)
            {
                var (a, b) = (Neo4jEndpoint.Display(endpoints[first]), Neo4jEndpoint.Display(endpoints[i]));
                throw new CheckFailureException(CheckFailureKind.InvalidRequest, a == b
                    ? $"--neo4j-uri {a} is given twice; give each DBMS once"
                    : $"--neo4j-uri {a} and {b} are the same DBMS (both would be inventory '{names[i]}'); give each DBMS once");
            }
        }

        return names;
    }
}
