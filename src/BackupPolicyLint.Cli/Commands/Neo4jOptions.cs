using System.CommandLine;
using BackupPolicyLint.Cli.Inventory;

namespace BackupPolicyLint.Cli.Commands;

/// <summary>The options that reach a live DBMS, shared by check, inventory collect and init. There is no password option.</summary>
public sealed class Neo4jOptions
{
    public Option<string?> Uri { get; } = new("--neo4j-uri") { HelpName = "URL", Description = "A live DBMS over HTTP: http://HOST:7474 or https://HOST:7473. Password only from NEO4J_PASSWORD." };
    public Option<string?> User { get; } = new("--neo4j-user") { HelpName = "USER", Description = "User for --neo4j-uri (default: NEO4J_USER)." };
    public Option<string?> Ca { get; } = new("--neo4j-ca") { HelpName = "FILE", Description = "A CA certificate (PEM or DER) trusted besides the system's, for https." };
    public Option<double?> Timeout { get; } = new("--timeout") { HelpName = "S", Description = "Seconds to wait for each reply (default 30)." };
    public Option<double?> ConnectTimeout { get; } = new("--connect-timeout") { HelpName = "S", Description = "Seconds to wait for a connection (default 10)." };

    public void AddTo(Command command)
    {
        command.Options.Add(Uri);
        command.Options.Add(User);
        command.Options.Add(Ca);
        command.Options.Add(Timeout);
        command.Options.Add(ConnectTimeout);
    }

    /// <summary>The request, or null when no --neo4j-uri was given.</summary>
    public LiveInventoryRequest? Read(ParseResult parse, string? name = null) => parse.GetValue(Uri) is { } uri
        ? new LiveInventoryRequest
        {
            Uri = uri,
            User = parse.GetValue(User),
            CaFile = parse.GetValue(Ca),
            TimeoutSeconds = parse.GetValue(Timeout),
            ConnectTimeoutSeconds = parse.GetValue(ConnectTimeout),
            Name = name,
        }
        : null;
}
