using System.CommandLine;
using BackupPolicyLint.Engine;

namespace BackupPolicyLint.Cli.Commands;

/// <summary>
/// The options that reach live DBMSs, shared by check (several endpoints), inventory collect and init (one each).
/// There is no password option.
/// </summary>
internal sealed class Neo4jOptions
{
    private readonly bool _several;

    /// <param name="several">True for `bpl check`: --neo4j-uri repeats and --neo4j-parallel bounds the collections.</param>
    public Neo4jOptions(bool several = false)
    {
        _several = several;
        Uri = new("--neo4j-uri")
        {
            HelpName = "URL",
            AllowMultipleArgumentsPerToken = false,
            Description = several
                ? "A live DBMS over HTTP: http://HOST:7474 or https://HOST:7473; repeat for several DBMSs. Password only from NEO4J_PASSWORD."
                : "The live DBMS over HTTP: http://HOST:7474 or https://HOST:7473 (one; bpl check takes several). Password only from NEO4J_PASSWORD.",
        };
    }

    public Option<string[]> Uri { get; }
    public Option<string?> User { get; } = new("--neo4j-user") { HelpName = "USER", Description = "User for --neo4j-uri (default: NEO4J_USER)." };
    public Option<string?> Ca { get; } = new("--neo4j-ca") { HelpName = "FILE", Description = "A CA certificate (PEM or DER) trusted besides the system's, for https." };
    public Option<double?> Timeout { get; } = new("--timeout") { HelpName = "S", Description = "Seconds to wait for each reply (default 30)." };
    public Option<double?> ConnectTimeout { get; } = new("--connect-timeout") { HelpName = "S", Description = "Seconds to wait for a connection (default 10)." };

    public Option<int?> Parallel { get; } = new("--neo4j-parallel")
    {
        HelpName = "N",
        Description = "DBMSs collected at once when --neo4j-uri repeats (default 8, at most 64; 1 collects them one after another).",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Uri);
        command.Options.Add(User);
        command.Options.Add(Ca);
        command.Options.Add(Timeout);
        command.Options.Add(ConnectTimeout);
        if (_several)
        {
            command.Options.Add(Parallel);
        }
    }

    /// <summary>The request, or null when no --neo4j-uri was given.</summary>
    /// <param name="parse">The parsed command line.</param>
    /// <param name="name">inventory collect --name.</param>
    /// <exception cref="UsageException">--neo4j-uri repeats on a command that reads one DBMS.</exception>
    public LiveInventoryRequest? Read(ParseResult parse, string? name = null)
    {
        if (parse.GetValue(Uri) is not { Length: > 0 } uris)
        {
            return null;
        }

        if (!_several && uris.Length > 1)
        {
            var verb = parse.CommandResult.Command.Name == "collect" ? "inventory collect" : parse.CommandResult.Command.Name;
            throw new UsageException(
                $"{verb} reads one DBMS, but --neo4j-uri is given {uris.Length} times; run it once per DBMS (bpl check takes --neo4j-uri several times)");
        }

        return new LiveInventoryRequest
        {
            Uris = uris,
            User = parse.GetValue(User),
            CaFile = parse.GetValue(Ca),
            TimeoutSeconds = parse.GetValue(Timeout),
            ConnectTimeoutSeconds = parse.GetValue(ConnectTimeout),
            Name = name,
            Parallelism = _several ? parse.GetValue(Parallel) : null,
        };
    }
}
