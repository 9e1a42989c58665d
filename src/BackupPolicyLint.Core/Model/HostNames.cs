namespace BackupPolicyLint.Model;

/// <summary>Splitting "host:port" the way Neo4j settings and neo4j-admin write addresses.</summary>
public static class HostNames
{
    /// <summary>The host part of <c>host</c>, <c>host:port</c>, <c>[v6]:port</c> or <c>:port</c> (empty host).</summary>
    public static string HostOf(string address)
    {
        var text = address.Trim();
        if (text.StartsWith('['))
        {
            var close = text.IndexOf(']', StringComparison.Ordinal);
            return close > 0 ? text[1..close] : text;
        }

        var colon = text.LastIndexOf(':');
        // More than one colon without brackets is a bare IPv6 address.
        if (colon < 0 || text.IndexOf(':', StringComparison.Ordinal) != colon)
        {
            return text;
        }

        return text[..colon];
    }

    /// <summary>
    /// The host a listen address binds: its own, or for an empty host (<c>:6362</c>) the server's
    /// <c>server.default_listen_address</c>, which defaults to localhost.
    /// </summary>
    public static string ListenHost(string address, string? defaultListenHost) =>
        HostOf(address) is { Length: > 0 } host ? host : defaultListenHost ?? "localhost";

    /// <summary>True for <c>localhost</c>, <c>::1</c> and 127.x.x.x.</summary>
    public static bool IsLoopback(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase) || host == "::1" || host.StartsWith("127.", StringComparison.Ordinal);

    /// <summary>Wildcard binds listen on every interface.</summary>
    public static bool IsWildcard(string host) => host is "0.0.0.0" or "::" or "" or "*";
}
