using System.Net.Http.Headers;
using System.Security.Authentication;
using System.Text;
using System.Text.Json;

namespace BackupPolicyLint.Neo4j;

/// <summary>
/// Runs one read-only statement against the system database per request: the Query API first, and after it answers
/// 404 (before 5.19, or QUERY_API_ENDPOINTS disabled) the transactional endpoint for this and every later statement.
/// Failures that end the whole collection throw <see cref="CollectionException"/>; the others <see cref="StatementFailure"/>.
/// </summary>
internal sealed class CypherHttpRunner(HttpClient client, Neo4jConnectionOptions options)
{
    private bool _queryApiMissing;

    private string Where => Neo4jEndpoint.Display(options.Endpoint);

    /// <summary>GET / (unauthenticated): the discovery document, or null when the reply is not one.</summary>
    public async Task<JsonElement?> DiscoverAsync(CancellationToken cancellationToken)
    {
        try
        {
            var (status, body, _) = await SendAsync(() => new HttpRequestMessage(HttpMethod.Get, Url("")), cancellationToken);
            using var document = JsonDocument.Parse(body);
            return status == 200 && document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
        }
        catch (Exception ex) when (ex is JsonException or StatementFailure)
        {
            return null;
        }
    }

    public async Task<CypherResult> RunAsync(string statement, CancellationToken cancellationToken)
    {
        if (!_queryApiMissing)
        {
            var body = JsonSerializer.Serialize(new Dictionary<string, object> { ["statement"] = statement, ["accessMode"] = "Read" });
            var (status, reply, mediaType) = await SendAsync(() => Post("db/system/query/v2", body), cancellationToken);
            if (status != 404)
            {
                return Interpret(status, reply, mediaType);
            }

            _queryApiMissing = true;
        }

        var txBody = JsonSerializer.Serialize(new { statements = new[] { new { statement } } });
        var (txStatus, txReply, txMediaType) = await SendAsync(() => Post("db/system/tx/commit", txBody, readAccessMode: true), cancellationToken);
        if (txStatus == 404)
        {
            throw new StatementFailure("neither the Query API (/db/system/query/v2) nor the transactional endpoint (/db/system/tx/commit) exists there (HTTP 404)") { NotNeo4j = true };
        }

        return Interpret(txStatus, txReply, txMediaType);
    }

    private CypherResult Interpret(int status, string body, string? mediaType)
    {
        if (status == 401)
        {
            var user = options.User is null ? "no user (set --neo4j-user or NEO4J_USER, and NEO4J_PASSWORD)" : $"user '{options.User}'";
            throw new CollectionException($"Neo4j at {Where} rejected the credentials of {user} (HTTP 401); check NEO4J_USER/--neo4j-user and NEO4J_PASSWORD");
        }

        if (status == 403)
        {
            var refused = TryParse(body, status, mediaType);
            throw new StatementFailure($"permission denied (HTTP 403{(refused is null ? "" : $", {refused}")})") { Code = "Neo.ClientError.Security.Forbidden" };
        }

        if (status >= 500)
        {
            throw new StatementFailure($"the server failed (HTTP {status}{(TryParse(body, status, mediaType) is { } detail ? $", {detail}" : "")})");
        }

        return ResponseParser.Parse(body, status, mediaType);
    }

    /// <summary>The Neo4j error inside a reply, when there is one, for a richer message.</summary>
    private static string? TryParse(string body, int status, string? mediaType)
    {
        try
        {
            ResponseParser.Parse(body, status, mediaType);
            return null;
        }
        catch (StatementFailure failure) when (failure.Code is not null)
        {
            return failure.Message;
        }
        catch (StatementFailure)
        {
            return null;
        }
    }

    private HttpRequestMessage Post(string path, string json, bool readAccessMode = false)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Url(path)) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (readAccessMode)
        {
            request.Headers.Add("Access-Mode", "READ");
        }

        if (options.User is { } user)
        {
            var token = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{options.Password ?? ""}"));
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", token);
        }

        return request;
    }

    private Uri Url(string path) => new($"{options.Endpoint.AbsoluteUri.TrimEnd('/')}/{path}");

    /// <summary>Replies larger than this are not read: an inventory reply is a few kilobytes.</summary>
    internal const int MaxReplyBytes = 16 * 1024 * 1024;

    /// <summary>A 429 or 503 that asks to come back within this long is retried once; a longer wait is a failure.</summary>
    private static readonly TimeSpan MaxRetryAfter = TimeSpan.FromSeconds(5);

    private async Task<(int Status, string Body, string? MediaType)> SendAsync(Func<HttpRequestMessage> makeRequest, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.RequestTimeout);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                using var request = makeRequest();
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
                var status = (int)response.StatusCode;
                if (attempt == 1 && status is 429 or 503 && RetryDelay(response) is { } delay)
                {
                    await Task.Delay(delay, timeout.Token);
                    continue;
                }

                var body = await ReadBoundedAsync(response.Content, timeout.Token);
                return (status, body, response.Content.Headers.ContentType?.MediaType);
            }
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested && !timeout.IsCancellationRequested)
        {
            // SocketsHttpHandler.ConnectTimeout ends in an OperationCanceledException that our token did not cause.
            throw new CollectionException($"cannot reach Neo4j at {Where}: no connection within {options.ConnectTimeout.TotalSeconds:0.#} s ({ResponseParser.OneLine(ex.InnerException?.Message ?? ex.Message)})");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new StatementFailure($"no reply within {options.RequestTimeout.TotalSeconds:0.#} s (--timeout)");
        }
        catch (HttpRequestException ex) when (ex.InnerException is AuthenticationException || ex.HttpRequestError == HttpRequestError.SecureConnectionError)
        {
            throw new CollectionException(
                $"TLS handshake with {Where} failed: {ResponseParser.OneLine(ex.InnerException?.Message ?? ex.Message)}; if the server's certificate is signed by a private CA, pass it with --neo4j-ca FILE");
        }
        catch (HttpRequestException ex) when (ex.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError || ex.InnerException is System.Net.Sockets.SocketException or TimeoutException)
        {
            throw new CollectionException($"cannot reach Neo4j at {Where}: {ResponseParser.OneLine(ex.InnerException?.Message ?? ex.Message)}");
        }
        catch (HttpRequestException ex)
        {
            throw new StatementFailure($"the HTTP exchange failed: {ResponseParser.OneLine(ex.Message)}");
        }
        catch (IOException ex)
        {
            // The server closed or reset the connection in the middle of the reply.
            throw new StatementFailure($"the connection broke during the reply: {ResponseParser.OneLine(ex.Message)}");
        }
    }

    /// <summary>The Retry-After of a busy reply when it is short enough to wait for; null otherwise.</summary>
    private static TimeSpan? RetryDelay(HttpResponseMessage response)
    {
        var retryAfter = response.Headers.RetryAfter;
        var delay = retryAfter?.Delta ?? (retryAfter?.Date is { } date ? date - DateTimeOffset.UtcNow : null);
        return delay is { } wait && wait <= MaxRetryAfter ? (wait < TimeSpan.Zero ? TimeSpan.Zero : wait) : null;
    }

    private static async Task<string> ReadBoundedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength > MaxReplyBytes)
        {
            throw new StatementFailure($"the reply is {content.Headers.ContentLength / (1024 * 1024)} MiB, over the {MaxReplyBytes / (1024 * 1024)} MiB limit; it was not read");
        }

        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxReplyBytes)
            {
                throw new StatementFailure($"the reply is over the {MaxReplyBytes / (1024 * 1024)} MiB limit; it was not read further");
            }

            buffer.Write(chunk, 0, read);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
