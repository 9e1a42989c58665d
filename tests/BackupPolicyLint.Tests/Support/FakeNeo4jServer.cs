using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace BackupPolicyLint.Tests.Support;

/// <summary>What goes wrong on the emulated server, and for which statement (null: every statement).</summary>
internal sealed record Fault(FaultKind Kind, string? Part = null);

public enum FaultKind
{
    Unauthorized,
    Forbidden,
    Slow,
    ServerError,
    MalformedJson,
    NotNeo4j,

    /// <summary>A 20 MB reply.</summary>
    Huge,

    /// <summary>Headers and half a body, then the connection is aborted.</summary>
    ResetMidReply,

    /// <summary>503 with Retry-After: 1 on the first request of each statement, then the real answer.</summary>
    BusyOnce,

    /// <summary>429 with Retry-After: 3600, every time.</summary>
    BusyForAnHour,

    /// <summary>A valid JSON reply of the wrong shape.</summary>
    WrongShape,

    /// <summary>Headers at once, then a byte every 200 ms, never finishing.</summary>
    NeverEnds,
}

/// <summary>
/// A real HTTP server (Kestrel, 127.0.0.1, free port) that answers like Neo4j with the bodies of Fixtures/Neo4j/&lt;scenario&gt;:
/// the Query API or only tx/commit (then the Query API answers 404), Basic authentication, and injected faults.
/// The collector under test talks to it over the socket.
/// </summary>
internal sealed class FakeNeo4jServer : IAsyncDisposable
{
    public const string User = "neo4j";
    public const string Password = "Tr0ub4dor-&-3-never-print-me";

    private static readonly string[] Parts = ["components", "databases", "servers", "settings", "procedures"];
    private readonly WebApplication _app;
    private readonly string _folder;
    private readonly bool _queryApi;
    private readonly Fault? _fault;
    private readonly HashSet<string> _busy = [];
    private readonly List<string> _requests = [];
    private readonly ConcurrencyProbe _own = new(holdUntil: 0, TimeSpan.Zero);
    private ConcurrencyProbe? _shared;
    private TimeSpan _delay;

    private FakeNeo4jServer(WebApplication app, string scenario, Fault? fault)
    {
        _app = app;
        _folder = Path.Combine(Repo.Fixtures, "Neo4j", scenario);
        using var settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(_folder, "scenario.json")));
        _queryApi = settings.RootElement.GetProperty("endpoint").GetString() == "query";
        _fault = fault;
    }

    public string Uri => _app.Urls.First();

    /// <summary>Every request as "METHOD /path [statement]", in order.</summary>
    public List<string> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>The most requests this server had in flight at once (1 for one sequential collection).</summary>
    public int MaxInFlight => _own.MaxInFlight;

    /// <param name="scenario">The folder of recorded responses.</param>
    /// <param name="fault">What to get wrong, if anything.</param>
    /// <param name="certificate">Serve https with this certificate (with its private key) instead of http.</param>
    /// <param name="probe">Counts requests in flight across every server given the same probe.</param>
    /// <param name="delay">How long each request waits before it is answered.</param>
    public static async Task<FakeNeo4jServer> StartAsync(
        string scenario, Fault? fault = null, X509Certificate2? certificate = null, ConcurrencyProbe? probe = null, TimeSpan delay = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        if (certificate is null)
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
        }
        else
        {
            builder.WebHost.UseKestrelHttpsConfiguration();
            builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate)));
        }

        var app = builder.Build();
        var server = new FakeNeo4jServer(app, scenario, fault) { _shared = probe, _delay = delay };
        app.Run(server.HandleAsync);
        await app.StartAsync();
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var own = await _own.EnterAsync(context.RequestAborted);
        using var shared = _shared is null ? null : await _shared.EnterAsync(context.RequestAborted);
        if (_delay > TimeSpan.Zero)
        {
            await Task.Delay(_delay, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
        }

        await AnswerAsync(context);
    }

    private void Record(string request)
    {
        lock (_requests)
        {
            _requests.Add(request);
        }
    }

    private async Task AnswerAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        if (_fault?.Kind == FaultKind.NotNeo4j)
        {
            Record($"{context.Request.Method} {path}");
            await Reply(context, path == "/" ? 200 : 404, "<html><body><h1>It works!</h1></body></html>", "text/html");
            return;
        }

        if (context.Request.Method == "GET" && path == "/")
        {
            Record("GET /");
            await Reply(context, 200, Body("discovery"), "application/json");
            return;
        }

        var queryApi = path == "/db/system/query/v2";
        if (context.Request.Method != "POST" || !(queryApi || path == "/db/system/tx/commit"))
        {
            await Reply(context, 404, "", "text/plain");
            return;
        }

        using var request = await JsonDocument.ParseAsync(context.Request.Body);
        var statement = queryApi
            ? request.RootElement.GetProperty("statement").GetString()!
            : request.RootElement.GetProperty("statements")[0].GetProperty("statement").GetString()!;
        Record($"POST {path} {statement}");
        if (queryApi && !_queryApi)
        {
            await Reply(context, 404, "", "text/plain");
            return;
        }

        var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{User}:{Password}"));
        if (_fault?.Kind == FaultKind.Unauthorized || context.Request.Headers.Authorization.ToString() != expected)
        {
            await Reply(context, 401, File.ReadAllText(Path.Combine(Repo.Fixtures, "Neo4j", "community-5.26", "unauthorized.json")), "application/json");
            return;
        }

        var part = PartOf(statement);
        var ok = queryApi ? 202 : 200;
        if (_fault is { } fault && (fault.Part is null || fault.Part == part))
        {
            switch (fault.Kind)
            {
                case FaultKind.Forbidden:
                    await Reply(context, 403, "{\"errors\":[{\"code\":\"Neo.ClientError.Security.Forbidden\",\"message\":\"Permission denied.\"}]}", "application/json");
                    return;
                case FaultKind.Slow:
                    await Task.Delay(TimeSpan.FromSeconds(5), context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                    break;
                case FaultKind.ServerError:
                    await Reply(context, 500, "{\"errors\":[{\"code\":\"Neo.DatabaseError.General.UnknownError\",\"message\":\"An unknown error occurred.\"}]}", "application/json");
                    return;
                case FaultKind.Huge:
                    await Reply(context, ok, "{\"data\":{\"fields\":[\"name\"],\"values\":[[\"" + new string('x', 20 * 1024 * 1024) + "\"]]}}", "application/json");
                    return;
                case FaultKind.ResetMidReply:
                    context.Response.StatusCode = ok;
                    context.Response.ContentType = "application/json";
                    context.Response.ContentLength = 4096;
                    await context.Response.WriteAsync("{\"data\":{\"fields\":[\"name\"],\"values\":[[", context.RequestAborted);
                    await context.Response.Body.FlushAsync(context.RequestAborted);
                    context.Abort();
                    return;
                case FaultKind.BusyOnce when _busy.Add(part):
                    context.Response.Headers.RetryAfter = "1";
                    await Reply(context, 503, "{\"errors\":[{\"code\":\"Neo.TransientError.General.DatabaseUnavailable\",\"message\":\"busy\"}]}", "application/json");
                    return;
                case FaultKind.BusyForAnHour:
                    context.Response.Headers.RetryAfter = "3600";
                    await Reply(context, 429, "{\"errors\":[{\"code\":\"Neo.TransientError.General.TooManyRequests\",\"message\":\"slow down\"}]}", "application/json");
                    return;
                case FaultKind.NeverEnds:
                    context.Response.StatusCode = ok;
                    context.Response.ContentType = "application/json";
                    await context.Response.WriteAsync("{\"data\":{\"fields\":[\"name\"],\"values\":[[\"", context.RequestAborted);
                    while (!context.RequestAborted.IsCancellationRequested)
                    {
                        await context.Response.WriteAsync("x", context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                        await context.Response.Body.FlushAsync(context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                        await Task.Delay(200, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                    }

                    return;
                case FaultKind.WrongShape:
                    await Reply(context, ok, "{\"results\":{\"unexpected\":true},\"data\":[1,2,3]}", "application/json");
                    return;
                case FaultKind.MalformedJson:
                    await Reply(context, ok, "{\"data\":{\"fields\":[\"name\"],\"values\":[[\"neo4j\"", "application/json");
                    return;
            }
        }

        await Reply(context, ok, Body(part), "application/json");
    }

    private string Body(string part) => File.ReadAllText(Path.Combine(_folder, $"{part}.json"));

    private static string PartOf(string statement) =>
        statement.Contains("dbms.components", StringComparison.Ordinal) ? "components"
        : statement.StartsWith("SHOW DATABASES", StringComparison.Ordinal) ? "databases"
        : statement.StartsWith("SHOW SERVERS", StringComparison.Ordinal) ? "servers"
        : statement.StartsWith("SHOW SETTINGS", StringComparison.Ordinal) ? "settings"
        : statement.StartsWith("SHOW PROCEDURES", StringComparison.Ordinal) ? "procedures"
        : throw new InvalidOperationException($"the collector sent an unexpected statement: {statement}; expected one of {string.Join(", ", Parts)}");

    private static async Task Reply(HttpContext context, int status, string body, string contentType)
    {
        if (context.RequestAborted.IsCancellationRequested)
        {
            return;
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        await context.Response.WriteAsync(body, context.RequestAborted);
    }
}
