using BackupPolicyLint.Model.Inventory;
using BackupPolicyLint.Neo4j;

namespace BackupPolicyLint.Engine;

/// <summary>
/// The only place the engine touches BackupPolicyLint.Neo4j: the runtime loads that assembly when this is first called,
/// i.e. only when --neo4j-uri was given. The password is read from NEO4J_PASSWORD here and goes nowhere but the requests.
/// </summary>
internal static class LiveInventory
{
    public const string UserVariable = "NEO4J_USER";
    public const string PasswordVariable = "NEO4J_PASSWORD";

    /// <summary>The one DBMS of `inventory collect` and `init`.</summary>
    public static DbmsInventory CollectOne(LiveInventoryRequest request, InventoryHost io, Func<DateTimeOffset>? clock = null) => Collect(request, io, clock)[0];

    /// <summary>
    /// Every --neo4j-uri, at most --neo4j-parallel at a time, returned in command-line order. An endpoint that cannot
    /// be collected at all (unreachable, TLS, HTTP 401, nothing collected) does not stop the others; once all have
    /// finished, the run ends (exit 2) with one line per such endpoint, in command-line order.
    /// </summary>
    /// <exception cref="CheckFailureException">A URI or option cannot be used, or an endpoint could not be collected.</exception>
    public static IReadOnlyList<DbmsInventory> Collect(LiveInventoryRequest request, InventoryHost io, Func<DateTimeOffset>? clock = null)
    {
        var parallel = request.Parallelism ?? InventoryCollector.DefaultParallelism;
        if (parallel is < 1 or > InventoryCollector.MaxParallelism)
        {
            throw new CheckFailureException(CheckFailureKind.InvalidRequest, $"--neo4j-parallel must be between 1 and {InventoryCollector.MaxParallelism}, got {parallel}");
        }

        try
        {
            var endpoints = request.Uris.Select(Neo4jEndpoint.Parse).ToList();
            var names = request.Name is { } given ? endpoints.Select(_ => given).ToList() : InventoryNames.For(endpoints);
            var (user, password) = Credentials(request, io);
            var caFile = request.CaFile is null ? null : Path.GetFullPath(request.CaFile, io.WorkingDirectory);
            var requestTimeout = Seconds(request.TimeoutSeconds, "--timeout") ?? Neo4jConnectionOptions.DefaultRequestTimeout;
            var connectTimeout = Seconds(request.ConnectTimeoutSeconds, "--connect-timeout") ?? Neo4jConnectionOptions.DefaultConnectTimeout;
            var options = endpoints.Select((endpoint, i) => new Neo4jConnectionOptions
            {
                Endpoint = endpoint,
                User = user,
                Password = password,
                CaFile = caFile,
                RequestTimeout = requestTimeout,
                ConnectTimeout = connectTimeout,
                Name = names[i],
                ToolVersion = ToolInfo.Version,
                Clock = clock ?? (() => DateTimeOffset.UtcNow),
            }).ToList();

            var results = CollectShowingProgress(options, parallel, io);
            var failures = results.Where(r => r.Failure is not null).Select(r => r.Failure!).ToList();
            return failures.Count > 0 ? throw new CheckFailureException(failures.Select(f => new CheckFailure(CheckFailureKind.InventoryUnavailable, f)).ToList()) : results.Select(r => r.Inventory!).ToList();
        }
        catch (CollectionException ex)
        {
            throw new CheckFailureException(CheckFailureKind.InventoryUnavailable, ex.Message);
        }
    }

    private static IReadOnlyList<CollectionResult> CollectShowingProgress(IReadOnlyList<Neo4jConnectionOptions> options, int parallel, InventoryHost io)
    {
        var total = options.Count;
        string Status(int done) => total == 1
            ? $"collecting inventory from {Neo4jEndpoint.Display(options[0].Endpoint)}…"
            : $"collecting inventory {done}/{total}…";

        io.Progress.Report(Status(0), force: true);
        try
        {
            return InventoryCollector.CollectAsync(options, parallel, done => io.Progress.Report(Status(done))).GetAwaiter().GetResult();
        }
        finally
        {
            io.Progress.Clear();
        }
    }

    /// <summary>
    /// The user and password, checked before any request: without NEO4J_PASSWORD the request would be an empty login
    /// (which counts towards Neo4j's lockout); a password without a user would go unused. Both are required (a server
    /// with authentication disabled ignores them).
    /// </summary>
    private static (string? User, string? Password) Credentials(LiveInventoryRequest request, InventoryHost io)
    {
        var user = NonEmpty(request.User) ?? NonEmpty(io.Environment(UserVariable));
        var password = NonEmpty(io.Environment(PasswordVariable));
        if (user is not null && user.Contains(':', StringComparison.Ordinal))
        {
            // Never echo it: the part after ':' is a password.
            throw new CheckFailureException(CheckFailureKind.InvalidRequest, $"{UserVariable} holds a user:password pair; give the user alone and put the password in {PasswordVariable}");
        }

        return (user, password) switch
        {
            (_, null) => throw new CheckFailureException(CheckFailureKind.InvalidRequest, $"{PasswordVariable} is not set; export the password{(user is null ? "" : $" of user '{user}'")} in it (bpl sends no empty login: failed logins count towards Neo4j's lockout)"),
            (null, _) => throw new CheckFailureException(CheckFailureKind.InvalidRequest, $"{PasswordVariable} is set, but no user is; give it with --neo4j-user or {UserVariable}"),
            _ => (user, password),
        };
    }

    private static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static TimeSpan? Seconds(double? seconds, string option) => seconds switch
    {
        null => null,
        > 0 and <= 3600 => TimeSpan.FromSeconds(seconds.Value),
        _ => throw new CheckFailureException(CheckFailureKind.InvalidRequest, $"{option} must be a number of seconds between 0 and 3600, got {seconds}"),
    };
}
