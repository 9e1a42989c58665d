namespace BackupPolicyLint.Neo4j;

/// <summary>
/// Collects several DBMSs in one run: at most <c>maxParallel</c> endpoints at a time, each endpoint's statements one
/// after another as in a single collection (one request in flight per endpoint). Endpoints with the same TLS setting
/// (CA file and connect timeout) share one HttpClient and its connection pool. One endpoint's failure is that
/// endpoint's result and never stops the others; results come back in the order of <c>endpoints</c>, whatever order
/// the collections finish in.
/// </summary>
internal static class InventoryCollector
{
    /// <summary>Endpoints collected at once unless told otherwise: enough to hide round trips, few enough for one host.</summary>
    public const int DefaultParallelism = 8;

    public const int MaxParallelism = 64;

    /// <param name="endpoints">What to collect, in the order results are returned.</param>
    /// <param name="maxParallel">How many endpoints are collected at once (1 to <see cref="MaxParallelism"/>).</param>
    /// <param name="completed">Called with the number of endpoints done so far after each one finishes (on any thread).</param>
    /// <param name="cancellationToken">Stops every collection.</param>
    /// <exception cref="CollectionException">A TLS setting cannot be used (an unreadable --neo4j-ca); nothing was collected.</exception>
    public static async Task<IReadOnlyList<CollectionResult>> CollectAsync(
        IReadOnlyList<Neo4jConnectionOptions> endpoints,
        int maxParallel,
        Action<int>? completed = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxParallel, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxParallel, MaxParallelism);
        var clients = new Dictionary<(string? CaFile, TimeSpan ConnectTimeout), HttpClient>();
        try
        {
            foreach (var endpoint in endpoints)
            {
                var key = KeyOf(endpoint);
                if (!clients.ContainsKey(key))
                {
                    clients[key] = Neo4jHttpClientFactory.Create(endpoint);
                }
            }

            var results = new CollectionResult[endpoints.Count];
            var done = 0;
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = maxParallel, CancellationToken = cancellationToken };
            await Parallel.ForEachAsync(Enumerable.Range(0, endpoints.Count), parallel, async (index, token) =>
            {
                var endpoint = endpoints[index];
                try
                {
                    var inventory = await SourceFor(endpoint, clients[KeyOf(endpoint)]).CollectAsync(token);
                    results[index] = CollectionResult.Collected(endpoint, inventory);
                }
                catch (CollectionException ex)
                {
                    results[index] = CollectionResult.Failed(endpoint, ex.Message);
                }

                completed?.Invoke(Interlocked.Increment(ref done));
            });
            return results;
        }
        finally
        {
            foreach (var client in clients.Values)
            {
                client.Dispose();
            }
        }
    }

    /// <summary>
    /// The one place a transport is chosen: HTTP for every endpoint today (Neo4jEndpoint refuses bolt:// and neo4j://).
    /// A Bolt source would be picked here by the endpoint's scheme; callers and rules see only <see cref="IInventorySource"/>.
    /// </summary>
    private static IInventorySource SourceFor(Neo4jConnectionOptions endpoint, HttpClient client) => new HttpInventorySource(endpoint, client);

    private static (string? CaFile, TimeSpan ConnectTimeout) KeyOf(Neo4jConnectionOptions endpoint) => (endpoint.CaFile, endpoint.ConnectTimeout);
}
