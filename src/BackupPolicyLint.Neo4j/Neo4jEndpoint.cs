namespace BackupPolicyLint.Neo4j;

/// <summary>Validates a --neo4j-uri: http or https only, no credentials inside.</summary>
internal static class Neo4jEndpoint
{
    public static Uri Parse(string text)
    {
        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri))
        {
            throw new CollectionException("--neo4j-uri is not an absolute URI; use http://HOST:7474 or https://HOST:7473");
        }

        var scheme = uri.Scheme.ToLowerInvariant();
        if (scheme is "bolt" or "neo4j" or "bolt+s" or "bolt+ssc" or "neo4j+s" or "neo4j+ssc")
        {
            throw new CollectionException(
                $"--neo4j-uri uses {scheme}://, but this build talks to Neo4j over HTTP only; use http://{uri.Host}:7474 (or https://{uri.Host}:7473 when HTTPS is enabled)");
        }

        if (scheme is not ("http" or "https"))
        {
            throw new CollectionException($"--neo4j-uri scheme '{scheme}' is not supported; use http://HOST:7474 or https://HOST:7473");
        }

        if (uri.UserInfo.Length > 0)
        {
            // Never echo the URI here: it holds the credentials.
            throw new CollectionException("--neo4j-uri must not contain credentials; give the user with --neo4j-user or NEO4J_USER and the password in NEO4J_PASSWORD");
        }

        return new UriBuilder(uri.Scheme, uri.Host, uri.Port, uri.AbsolutePath.TrimEnd('/')).Uri;
    }

    /// <summary>The endpoint as recorded in snapshots and messages: scheme, host, port.</summary>
    public static string Display(Uri endpoint) => endpoint.GetLeftPart(UriPartial.Authority);
}
