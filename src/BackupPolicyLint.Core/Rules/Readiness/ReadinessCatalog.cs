namespace BackupPolicyLint.Rules.Readiness;

/// <summary>
/// The readiness checklist: the items of Neo4j's backup and restore planning guidance (operations manual, "Backup and
/// restore planning", with "Additional files to back up" and the security checklist it points to), each with the rules
/// that judge it. The one place these items and their rule ids live; a meta-test requires every built-in rule to belong
/// to an item or to <see cref="OutsideChecklist"/>, and every id named here to exist.
/// </summary>
internal static class ReadinessCatalog
{
    private const string Planning = "Neo4j Operations Manual, Backup and restore planning";

    public static IReadOnlyList<ReadinessItem> Items { get; } =
    [
        new("every-database", "Every database is backed up, system included",
            $"{Planning}: back up each database, and system (users, roles, database states); composites through their constituents",
            ["BPL101", "BPL102", "BPL103", "BPL104", "BPL803", "BPL902"]),
        new("method-and-edition", "The method (online backup or offline dump) fits the edition and is supported",
            $"{Planning}: online backup is Enterprise only; a Community dump needs the database stopped; copy and file-system copies are not backups",
            ["BPL201", "BPL202", "BPL205", "BPL206", "BPL207", "BPL209", "BPL210", "BPL802"]),
        new("differential-chains", "Differential backups have a full to chain from and the transaction logs to build on",
            $"{Planning} and Online backup: a differential needs its full in the same location and transaction logs kept long enough",
            ["BPL203", "BPL204", "BPL208", "BPL904"]),
        new("objectives-and-schedule", "Recovery objectives (RPO, RTO) are stated and the schedule meets them",
            $"{Planning}: differentials set the recovery point, fulls the recovery time; backups run when load is low",
            ["BPL301", "BPL302", "BPL303", "BPL304", "BPL901"]),
        new("off-site-storage", "Backups are kept off-site, with no dependency in common with production",
            $"{Planning}: store backups away from production (another zone, region or provider), not on the database servers",
            ["BPL401", "BPL402", "BPL403"]),
        new("retention", "How many backups are kept, and for how long, is decided and enforced",
            $"{Planning}: decide how many backups to keep and for how long",
            ["BPL404", "BPL405", "BPL903"]),
        new("archival-longevity", "Archival storage lasts as long as backups must be kept",
            $"{Planning}: consider the longevity of archival storage",
            ["BPL406"]),
        new("protected-at-rest", "Backup files are encrypted at rest and not world-readable",
            "Neo4j Operations Manual, Security checklist: encrypt data at rest; backup and dump folders never world-readable",
            ["BPL407", "BPL408"]),
        new("tls-on-backup-traffic", "Backup traffic uses TLS",
            "Neo4j Operations Manual, Online backup and SSL framework: dbms.ssl.policy.backup for the backup port, dbms.ssl.policy.cluster for the cluster port",
            ["BPL501", "BPL506", "BPL801"]),
        new("firewall-on-backup-port", "The backup port is firewalled to the backup clients",
            "Neo4j Operations Manual, Online backup and Security checklist: never expose the backup port; allow only trusted hosts",
            ["BPL502", "BPL506", "BPL801"]),
        new("backup-from-outside-cluster", "Backups run from outside the cluster, from several sources (secondaries first)",
            $"{Planning} and Online backup: a dedicated machine outside the cluster; prefer secondaries; several --from addresses",
            ["BPL503", "BPL504", "BPL505", "BPL804"]),
        new("additional-files", "neo4j.conf of each member, SSL material, plugins and licences are backed up",
            $"{Planning}, Additional files to back up",
            ["BPL601", "BPL602", "BPL603", "BPL604"]),
        new("admin-client-config", "The backup client's neo4j-admin.conf (its SSL policy) is kept",
            "Neo4j Operations Manual, neo4j-admin configuration: the client's SSL policy lives in neo4j-admin.conf",
            []),
        new("tested-recovery", "Recovery is tested, how often is decided, and a runbook exists",
            $"{Planning}: decide how and how often to test recovery; check the consistency of restored backups",
            ["BPL701", "BPL702", "BPL704", "BPL706", "BPL708"]),
        new("cluster-seeding", "A cluster restores by seeding from URI, not by overwriting members",
            $"{Planning} and Seed from URI: seed a cluster database from a backup; --overwrite-destination is unsafe in a cluster",
            ["BPL703", "BPL707"]),
        new("rbac-metadata", "Users, roles and privileges (security metadata) are backed up",
            $"{Planning}: system holds the security metadata; --include-metadata restores a database's users and roles; dumps lack them",
            ["BPL101", "BPL705"]),
    ];

    /// <summary>
    /// Built-in ids that are no guidance item, and why: diagnostics about the input itself, and rules about the
    /// inventory evidence rather than the DBMS.
    /// </summary>
    public static IReadOnlyDictionary<string, string> OutsideChecklist { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["BPL001"] = "tool diagnostic: a file cannot be read",
        ["BPL002"] = "tool diagnostic: a plan does not match the schema",
        ["BPL003"] = "tool diagnostic: an unresolved reference in a plan",
        ["BPL004"] = "tool diagnostic: a rule failed",
        ["BPL005"] = "tool diagnostic: an expired waiver",
        ["BPL006"] = "tool diagnostic: a rejected inline suppression",
        ["BPL007"] = "tool diagnostic: a waiver that suppressed nothing",
        ["BPL805"] = "evidence quality: part of the inventory could not be collected (the rules that needed it say not evaluated)",
        ["BPL806"] = "evidence quality: an inventory no plan uses",
    };

    public static IEnumerable<ReadinessItem> ItemsOf(string ruleId) => Items.Where(i => i.RuleIds.Contains(ruleId, StringComparer.Ordinal));
}
