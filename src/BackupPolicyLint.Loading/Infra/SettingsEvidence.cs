using BackupPolicyLint.Model.Infra;

namespace BackupPolicyLint.Loading.Infra;

/// <summary>
/// What Neo4j settings say about the DBMS besides their values: a setting only Enterprise Edition has (backup, cluster,
/// 3.x HA) names the edition, and setting names tell the version line — 3.x (<c>dbms.active_database</c>,
/// <c>dbms.connectors.default_listen_address</c>, <c>dbms.backup.address</c>), 4.x (<c>dbms.default_listen_address</c>,
/// <c>dbms.default_database</c>, <c>dbms.backup.listen_address</c>), 5.x and later (<c>server.*</c>, <c>db.*</c>).
/// </summary>
internal static class SettingsEvidence
{
    private static readonly string[] EnterprisePrefixes =
        ["server.backup.", "dbms.backup.", "server.cluster.", "dbms.cluster.", "server.discovery.", "causal_clustering.", "ha.", "dbms.ssl.policy.backup.", "dbms.ssl.policy.cluster."];

    private static readonly HashSet<string> ThreeX = new(StringComparer.Ordinal)
        { "dbms.active_database", "dbms.connectors.default_listen_address", "dbms.connectors.default_advertised_address", "dbms.backup.address", "dbms.shell.enabled" };

    private static readonly HashSet<string> FourX = new(StringComparer.Ordinal)
        { "dbms.default_listen_address", "dbms.default_advertised_address", "dbms.default_database", "dbms.backup.listen_address", "dbms.mode" };

    public static void Add(Neo4jConfig config, InfraFileFacts facts)
    {
        var lines = new HashSet<string>(StringComparer.Ordinal);
        var enterprise = false;
        foreach (var setting in config.Settings)
        {
            var name = DottedName(setting);
            if (!enterprise && (EnterprisePrefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal)) || name is "initial.dbms.default_primaries_count" or "initial.dbms.default_secondaries_count"))
            {
                enterprise = true;
                facts.EditionHints.Add(new EditionHint("enterprise", EditionSignal.Setting, $"the Enterprise-only setting {setting.WrittenName}", setting.Span));
            }

            var line = ThreeX.Contains(name) || name == "dbms.mode" && setting.Value.Trim() == "HA" ? "3.x"
                : FourX.Contains(name) ? "4.x"
                : name.StartsWith("server.", StringComparison.Ordinal) || name.StartsWith("db.", StringComparison.Ordinal) ? "5+"
                : null;
            if (line is not null && lines.Add(line))
            {
                facts.VersionHints.Add(new VersionHint(line, false, $"the setting name {setting.WrittenName}", setting.Span));
            }
        }
    }

    /// <summary>The setting's name as Neo4j spells it before any 4.4 → 5.x reading (an environment variable turned back into dots).</summary>
    public static string DottedName(ConfigSetting setting) =>
        setting.WrittenName.StartsWith("NEO4J_", StringComparison.Ordinal) ? NeoConfReader.DottedName(setting.WrittenName[6..]) : setting.WrittenName;
}
