using System.Text.Json;
using BackupPolicyLint.Model.Inventory;

namespace BackupPolicyLint.Neo4j;

/// <summary>
/// Collects an inventory over Neo4j's HTTP APIs: discovery (GET /), then one request per statement. A refused, failed
/// or timed-out statement becomes an incomplete part; unreachable, TLS and authentication failures end the collection,
/// and so does a run in which no statement succeeded.
/// </summary>
internal sealed class HttpInventorySource(Neo4jConnectionOptions options) : IInventorySource
{
    /// <summary>A client shared with other collections (same TLS settings); null: this collection makes and disposes its own.</summary>
    private readonly HttpClient? _sharedClient;

    /// <summary>Collects over <paramref name="sharedClient"/>, which the caller owns (see <see cref="InventoryCollector"/>).</summary>
    internal HttpInventorySource(Neo4jConnectionOptions options, HttpClient sharedClient)
        : this(options) => _sharedClient = sharedClient;

    public async Task<DbmsInventory> CollectAsync(CancellationToken cancellationToken)
    {
        using var ownClient = _sharedClient is null ? Neo4jHttpClientFactory.Create(options) : null;
        var runner = new CypherHttpRunner(_sharedClient ?? ownClient!, options);
        var discovery = await runner.DiscoverAsync(cancellationToken);
        var collected = new Dictionary<string, CypherResult>(StringComparer.Ordinal);
        var failures = new List<(string Part, StatementFailure Failure)>();
        foreach (var (part, statement) in InventoryStatements.All)
        {
            try
            {
                collected[part] = await runner.RunAsync(statement, cancellationToken);
            }
            catch (StatementFailure failure)
            {
                failures.Add((part, failure));
            }
        }

        if (collected.Count == 0)
        {
            throw new CollectionException(NothingCollected(discovery, failures));
        }

        var incomplete = failures.Select(f => new IncompleteItem(f.Part, Reason(f.Part, f.Failure))).ToList();
        return InventoryAssembler.Build(options, collected, incomplete, discovery);
    }

    private string NothingCollected(JsonElement? discovery, List<(string Part, StatementFailure Failure)> failures)
    {
        var where = Neo4jEndpoint.Display(options.Endpoint);
        var looksLikeNeo4j = discovery is { } d && d.TryGetProperty("neo4j_version", out _);
        if (!looksLikeNeo4j && failures.All(f => f.Failure.NotNeo4j))
        {
            return $"{where} does not look like a Neo4j HTTP endpoint ({failures[0].Failure.Message}); Neo4j serves HTTP on port 7474 and HTTPS on 7473";
        }

        var reasons = failures.Select(f => f.Failure.Message).Distinct().ToList();
        return $"nothing could be collected from Neo4j at {where}: {reasons[0]}{(reasons.Count > 1 ? $" (and {reasons.Count - 1} other failure{(reasons.Count > 2 ? "s" : "")})" : "")}";
    }

    private static string Reason(string part, StatementFailure failure) =>
        part == InventoryParts.Servers && failure.Code == "Neo.ClientError.Statement.NotSystemDatabaseError"
            // Not failure.Message: its HTTP status differs between the Query API and tx/commit, and a snapshot must not.
            ? $"SHOW SERVERS is not supported by this edition ({failure.Code})"
            : failure.Message;
}
