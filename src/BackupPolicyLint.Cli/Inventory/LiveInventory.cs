using BackupPolicyLint.Cli.Checking;
using BackupPolicyLint.Cli.Commands;
using BackupPolicyLint.Model.Inventory;
using BackupPolicyLint.Neo4j;

namespace BackupPolicyLint.Cli.Inventory;

/// <summary>
/// The only place the CLI touches BackupPolicyLint.Neo4j: the runtime loads that assembly when this is first called,
/// i.e. only when --neo4j-uri was given. The password is read from NEO4J_PASSWORD here and goes nowhere but the request.
/// </summary>
public static class LiveInventory
{
    public const string UserVariable = "NEO4J_USER";
    public const string PasswordVariable = "NEO4J_PASSWORD";

    public static DbmsInventory Collect(LiveInventoryRequest request, CliIo io, Func<DateTimeOffset>? clock = null)
    {
        try
        {
            var options = new Neo4jConnectionOptions
            {
                Endpoint = Neo4jEndpoint.Parse(request.Uri),
                User = request.User ?? NonEmpty(io.Environment(UserVariable)),
                Password = NonEmpty(io.Environment(PasswordVariable)),
                CaFile = request.CaFile is null ? null : Path.GetFullPath(request.CaFile, io.WorkingDirectory),
                RequestTimeout = Seconds(request.TimeoutSeconds, "--timeout") ?? Neo4jConnectionOptions.DefaultRequestTimeout,
                ConnectTimeout = Seconds(request.ConnectTimeoutSeconds, "--connect-timeout") ?? Neo4jConnectionOptions.DefaultConnectTimeout,
                Name = request.Name,
                ToolVersion = ToolInfo.Version,
                Clock = clock ?? (() => DateTimeOffset.UtcNow),
            };
            IInventorySource source = new HttpInventorySource(options);
            return source.CollectAsync(CancellationToken.None).GetAwaiter().GetResult();
        }
        catch (CollectionException ex)
        {
            throw new UsageException(ex.Message);
        }
    }

    private static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static TimeSpan? Seconds(double? seconds, string option) => seconds switch
    {
        null => null,
        > 0 and <= 3600 => TimeSpan.FromSeconds(seconds.Value),
        _ => throw new UsageException($"{option} must be a number of seconds between 0 and 3600, got {seconds}"),
    };
}
