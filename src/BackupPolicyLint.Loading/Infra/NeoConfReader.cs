using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Model.Infra;

namespace BackupPolicyLint.Loading.Infra;

/// <summary>
/// Reads neo4j.conf (Java-properties style <c>name=value</c> lines; <c>#</c> starts a comment, so commented-out settings
/// are not settings) and Neo4j's environment-variable form of settings (<c>NEO4J_server_backup_listen__address</c>:
/// after the prefix <c>_</c> is <c>.</c> and <c>__</c> is <c>_</c>). 4.4 names of the backup-related settings are read
/// under their 5.x names, keeping the name as written for messages. Defaults are the config's (<see cref="Neo4jConfig"/>).
/// </summary>
internal static class NeoConfReader
{
    /// <summary>4.4 → 5.x renames of the settings bpl reads (neo4j-facts §6.2).</summary>
    private static readonly Dictionary<string, string> Renames = new(StringComparer.Ordinal)
    {
        ["dbms.backup.enabled"] = Neo4jConfig.BackupEnabled,
        ["dbms.backup.listen_address"] = Neo4jConfig.BackupListenAddress,
        // 3.x names of the same settings.
        ["dbms.backup.address"] = Neo4jConfig.BackupListenAddress,
        ["dbms.connectors.default_listen_address"] = Neo4jConfig.DefaultListenAddress,
        ["dbms.tx_log.rotation.retention_policy"] = Neo4jConfig.TxLogRetentionPolicy,
        ["causal_clustering.transaction_listen_address"] = Neo4jConfig.ClusterListenAddress,
        ["dbms.default_listen_address"] = Neo4jConfig.DefaultListenAddress,
        ["dbms.directories.data"] = "server.directories.data",
    };

    /// <summary>True when the text sets at least one Neo4j setting (how a *.conf file is told from other .conf files).</summary>
    public static bool HasNeo4jSettings(string text) => Read("", text).Settings.Count > 0;

    public static Neo4jConfig Read(string file, string text)
    {
        var settings = new List<ConfigSetting>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            var start = line.Length - line.TrimStart().Length;
            var body = line.Trim();
            if (body.Length == 0 || body[0] is '#' or '!')
            {
                continue;
            }

            var equals = body.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                continue;
            }

            var written = body[..equals].Trim();
            var value = body[(equals + 1)..].Trim();
            // "value  # note": Neo4j would keep the note in the value (and then fail on it); bpl reads what was meant.
            var comment = value.IndexOf(" #", StringComparison.Ordinal);
            value = comment >= 0 ? value[..comment].TrimEnd() : value;
            if (!IsSettingName(written))
            {
                continue;
            }

            var span = new SourceSpan(file, i + 1, start + 1, i + 1, line.TrimEnd().Length + 1);
            // 3.x named the policy a listener uses (dbms.backup.ssl_policy=backup) instead of enabling it by scope.
            var name = written switch
            {
                "dbms.backup.ssl_policy" when value.Length > 0 => Neo4jConfig.BackupSslEnabled,
                "causal_clustering.ssl_policy" when value.Length > 0 => Neo4jConfig.ClusterSslEnabled,
                _ => null,
            };
            settings.Add(name is null ? new ConfigSetting(Canonical(written), written, value, span) : new ConfigSetting(name, written, "true", span));
        }

        return new Neo4jConfig(file, SourceKind.Config, settings);
    }

    /// <summary>The setting an environment variable sets, or null when it is not a <c>NEO4J_</c> setting variable.</summary>
    public static string? SettingOfVariable(string variable)
    {
        if (!variable.StartsWith("NEO4J_", StringComparison.Ordinal) || variable.Length <= 6)
        {
            return null;
        }

        var rest = variable[6..];
        // Variables of the image itself, not settings.
        if (rest is "AUTH" or "ACCEPT_LICENSE_AGREEMENT" or "PLUGINS" or "EDITION" or "HOME" or "CONF" or "DEBUG" or "USER" or "PASSWORD" or "URI" or "ADDRESS"
            || !rest.Contains('_', StringComparison.Ordinal) || rest.Any(char.IsAsciiLetterUpper) && !rest.Any(char.IsAsciiLetterLower))
        {
            return null;
        }

        var name = DottedName(rest);
        return IsSettingName(name) ? Canonical(name) : null;
    }

    /// <summary>The setting name of a variable's rest after <c>NEO4J_</c>: <c>_</c> is <c>.</c>, <c>__</c> is <c>_</c>.</summary>
    public static string DottedName(string rest) => rest.Replace("__", "\u0001", StringComparison.Ordinal).Replace('_', '.').Replace('\u0001', '_');

    public static ConfigSetting? FromVariable(string variable, string value, SourceSpan span) =>
        SettingOfVariable(variable) is { } name ? new ConfigSetting(name, variable, value, span) : null;

    private static string Canonical(string name) => Renames.GetValueOrDefault(name, name);

    /// <summary>Neo4j setting names are dotted lower-case words (dbms., server., db., initial., causal_clustering., …).</summary>
    private static bool IsSettingName(string name) =>
        name.Contains('.', StringComparison.Ordinal)
        && (name.StartsWith("dbms.", StringComparison.Ordinal) || name.StartsWith("server.", StringComparison.Ordinal) || name.StartsWith("db.", StringComparison.Ordinal)
            || name.StartsWith("initial.", StringComparison.Ordinal) || name.StartsWith("causal_clustering.", StringComparison.Ordinal)
            || name.StartsWith("metrics.", StringComparison.Ordinal) || name.StartsWith("browser.", StringComparison.Ordinal)
            || name.StartsWith("gds.", StringComparison.Ordinal) || name.StartsWith("apoc.", StringComparison.Ordinal))
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-');
}
