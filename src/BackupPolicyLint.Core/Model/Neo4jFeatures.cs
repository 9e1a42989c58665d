namespace BackupPolicyLint.Model;

/// <summary>A backup or restore capability that exists from one Neo4j version on (<see cref="Neo4jFeatures"/>).</summary>
public enum Neo4jFeature
{
    /// <summary>The system database (4.0).</summary>
    SystemDatabase,
    /// <summary><c>neo4j-admin database backup|dump|restore|load|check</c> (5.0).</summary>
    DatabaseAdminCommands,
    /// <summary>Immutable backup artifacts (5.0).</summary>
    ImmutableBackupArtifacts,
    /// <summary>Several servers in one backup's <c>--from</c> (5.0).</summary>
    SeveralBackupSources,
    /// <summary>Aggregating a backup chain (5.0).</summary>
    AggregateBackupChains,
    /// <summary><c>neo4j-admin backup aggregate</c> (2025.01).</summary>
    BackupAggregateCommand,
    /// <summary>Backups straight to <c>s3://</c> (5.19).</summary>
    S3BackupTarget,
    /// <summary>Backups straight to <c>gs://</c> (5.21).</summary>
    GcsBackupTarget,
    /// <summary>Backups straight to <c>azb://</c> (5.24).</summary>
    AzureBackupTarget,
    /// <summary><c>--temp-path</c> (5.24).</summary>
    BackupTempPath,
    /// <summary><c>--remote-address-resolution</c> (2025.09).</summary>
    RemoteAddressResolution,
    /// <summary>Seeding a database from a URI (5.0).</summary>
    SeedFromUri,
    /// <summary>CREATE OR REPLACE DATABASE with a seedURI (2025.01).</summary>
    CreateOrReplaceSeeding,
    /// <summary>A seedURI without <c>existingData: 'use'</c> (2025.06).</summary>
    SeedWithoutExistingData,
    /// <summary><c>db.tx_log.rotation.retention_policy</c> (5.0).</summary>
    DatabaseScopedTxLogRetention,
    /// <summary>A space cap in the transaction-log retention, e.g. "2 days 2G" (5.9).</summary>
    TxLogRetentionSpaceCap,
}

/// <summary>
/// Which Neo4j version first has each backup capability: the one table every rule asks, so advice names only settings,
/// commands and options that exist in the plan's <c>dbms.version</c> (neo4j-facts.md, from the Operations Manual of
/// 4.4, 5.x and the calendar versions). Calendar versions (2025.01 on) follow 5.26.
/// </summary>
public static class Neo4jFeatures
{
    private static readonly Dictionary<Neo4jFeature, (Neo4jVersion Since, string What)> Table = new()
    {
        [Neo4jFeature.SystemDatabase] = (new(4, 0), "the system database"),
        [Neo4jFeature.DatabaseAdminCommands] = (new(5, 0), "`neo4j-admin database backup|dump|restore|load|check`"),
        [Neo4jFeature.ImmutableBackupArtifacts] = (new(5, 0), "immutable backup artifacts (no consistency check after each backup)"),
        [Neo4jFeature.SeveralBackupSources] = (new(5, 0), "several servers in one backup's --from"),
        [Neo4jFeature.AggregateBackupChains] = (new(5, 0), "aggregating a backup chain (`neo4j-admin database aggregate-backup`)"),
        [Neo4jFeature.BackupAggregateCommand] = (new(2025, 1), "`neo4j-admin backup aggregate`"),
        [Neo4jFeature.S3BackupTarget] = (new(5, 19), "backups straight to s3://"),
        [Neo4jFeature.GcsBackupTarget] = (new(5, 21), "backups straight to gs://"),
        [Neo4jFeature.AzureBackupTarget] = (new(5, 24), "backups straight to azb://"),
        [Neo4jFeature.BackupTempPath] = (new(5, 24), "--temp-path"),
        [Neo4jFeature.RemoteAddressResolution] = (new(2025, 9), "--remote-address-resolution"),
        [Neo4jFeature.SeedFromUri] = (new(5, 0), "seeding a database from a URI"),
        [Neo4jFeature.CreateOrReplaceSeeding] = (new(2025, 1), "CREATE OR REPLACE DATABASE with a seedURI"),
        [Neo4jFeature.SeedWithoutExistingData] = (new(2025, 6), "a seedURI without existingData: 'use' (Cypher 25)"),
        [Neo4jFeature.DatabaseScopedTxLogRetention] = (new(5, 0), "db.tx_log.rotation.retention_policy"),
        [Neo4jFeature.TxLogRetentionSpaceCap] = (new(5, 9), "a space cap in the transaction-log retention (\"2 days 2G\")"),
    };

    /// <summary>Every feature of the table, for the test that pins each row.</summary>
    public static IEnumerable<Neo4jFeature> All => Table.Keys;

    /// <summary>The first version that has <paramref name="feature"/>.</summary>
    public static Neo4jVersion Since(Neo4jFeature feature) => Table[feature].Since;

    /// <summary>What the feature is, in the words messages use.</summary>
    public static string What(Neo4jFeature feature) => Table[feature].What;

    /// <summary>True or false when the version is known, null when it is not: a rule then must not guess.</summary>
    public static bool? Has(this Neo4jVersion? version, Neo4jFeature feature) => version is { } known ? known >= Since(feature) : null;

    /// <summary>"--temp-path (5.24+)": a feature with the version that introduced it.</summary>
    public static string WithSince(Neo4jFeature feature) => $"{What(feature)} ({Since(feature)}+)";
}
