using BackupPolicyLint.Model;
using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Tests.Rules;

/// <summary>
/// Rules word their advice for the plan's dbms.version: a message names only settings, commands and options that version
/// has, and says so when a feature does not exist there. Each case is a rule's fires.yaml with only the version changed.
/// </summary>
public sealed class VersionAdviceTests
{
    [Theory]
    // BPL703: seeding statements by Cypher version; 4.4 has no seed from URI at all.
    [InlineData("BPL703", "fires.yaml", "4.4", null, null)]
    [InlineData("BPL703", "fires.yaml", "5.26", "DROP DATABASE … on every member, then CREATE DATABASE … OPTIONS { existingData: 'use', seedURI: … }", "CREATE OR REPLACE")]
    [InlineData("BPL703", "fires.yaml", "2025.03", "CREATE OR REPLACE DATABASE … OPTIONS { existingData: 'use', seedURI: … }", "DROP DATABASE")]
    [InlineData("BPL703", "fires.yaml", "2025.10", "CREATE OR REPLACE DATABASE … OPTIONS { seedURI: … }", "existingData")]
    // BPL706: 4.4 backups check consistency as they run; the aggregate command was renamed in 2025.01.
    [InlineData("BPL706", "fires.yaml", "4.4", null, null)]
    [InlineData("BPL706", "fires.yaml", "5.26", "(neo4j-admin database aggregate-backup)", "backup aggregate")]
    [InlineData("BPL706", "fires.yaml", "2025.10", "(neo4j-admin backup aggregate)", "aggregate-backup")]
    // BPL504: 4.4 takes one --from; remote address resolution only from 2025.09.
    [InlineData("BPL504", "fires.yaml", "4.4", "backs up from one --from only, so add a second job", "remoteAddressResolution")]
    [InlineData("BPL504", "fires.yaml", "5.26", "list several cluster members in 'from' (secondaries first)", "remoteAddressResolution")]
    [InlineData("BPL504", "fires.yaml", "2025.10", "or set remoteAddressResolution: true", "2025.09+")]
    // BPL208: 4.x names the setting dbms.*, and a space cap needs 5.9.
    [InlineData("BPL208", "fires.yaml", "4.4", "set dbms.tx_log.rotation.retention_policy to", "2G")]
    [InlineData("BPL208", "fires.yaml", "5.5", "set db.tx_log.rotation.retention_policy to a window well beyond the gap between backups (e.g. \"2 days\")", "2G")]
    [InlineData("BPL208", "fires.yaml", "5.26", "(e.g. \"2 days 2G\")", "dbms.tx_log")]
    [InlineData("BPL208", "fires-window.yaml", "4.4", "(dbms.tx_log.rotation.retention_policy)", "db.tx_log")]
    // BPL209: s3:// targets from 5.19, --temp-path from 5.24.
    [InlineData("BPL209", "fires.yaml", "5.12", "cannot write there at all (backups straight to s3:// (5.19+))", "tempPath")]
    [InlineData("BPL209", "fires.yaml", "5.20", "has no --temp-path (5.24+)", "set tempPath to")]
    [InlineData("BPL209", "fires.yaml", "5.26", "set tempPath to an empty directory", "has no --temp-path")]
    // BPL101: 3.x has no system database.
    [InlineData("BPL101", "fires.yaml", "3.5", null, null)]
    [InlineData("BPL101", "fires.yaml", "4.4", "'system'", null)]
    public void Message_ShouldNameOnlyWhatTheVersionHas(string rule, string fixture, string version, string? says, string? mustNotSay)
    {
        var text = File.ReadAllText(Path.Combine(Repo.Fixtures, "Rules", rule, fixture))
            .Replace("version: \"2025.10\"", $"version: \"{version}\"", StringComparison.Ordinal);

        var report = Checks.RunText(text);

        Assert.DoesNotContain(report.Findings, f => f.RuleId is "BPL001" or "BPL004" || (f.RuleId == "BPL002" && f.Message.Contains("version", StringComparison.Ordinal)));
        var messages = report.Findings.Where(f => f.RuleId == rule).Select(f => f.Message).ToList();
        if (says is null)
        {
            Assert.Empty(messages);
            return;
        }

        Assert.NotEmpty(messages);
        Assert.All(messages, m => Assert.Contains(says, m, StringComparison.Ordinal));
        if (mustNotSay is not null)
        {
            Assert.All(messages, m => Assert.DoesNotContain(mustNotSay, m, StringComparison.Ordinal));
        }
    }
}

/// <summary>The version table: one row per feature, each pinned at its first version and the one before.</summary>
public sealed class Neo4jFeaturesTests
{
    public static TheoryData<Neo4jFeature, string, string> Rows() => new()
    {
        { Neo4jFeature.SystemDatabase, "4.0", "3.5" },
        { Neo4jFeature.DatabaseAdminCommands, "5.0", "4.4" },
        { Neo4jFeature.ImmutableBackupArtifacts, "5.0", "4.4" },
        { Neo4jFeature.SeveralBackupSources, "5.0", "4.4" },
        { Neo4jFeature.AggregateBackupChains, "5.0", "4.4" },
        { Neo4jFeature.BackupAggregateCommand, "2025.01", "5.26" },
        { Neo4jFeature.S3BackupTarget, "5.19", "5.18" },
        { Neo4jFeature.GcsBackupTarget, "5.21", "5.20" },
        { Neo4jFeature.AzureBackupTarget, "5.24", "5.23" },
        { Neo4jFeature.BackupTempPath, "5.24", "5.23" },
        { Neo4jFeature.RemoteAddressResolution, "2025.09", "2025.08" },
        { Neo4jFeature.SeedFromUri, "5.0", "4.4" },
        { Neo4jFeature.CreateOrReplaceSeeding, "2025.01", "5.26" },
        { Neo4jFeature.SeedWithoutExistingData, "2025.06", "2025.05" },
        { Neo4jFeature.DatabaseScopedTxLogRetention, "5.0", "4.4" },
        { Neo4jFeature.TxLogRetentionSpaceCap, "5.9", "5.8" },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Feature_ShouldExistFromItsFirstVersionOnly(Neo4jFeature feature, string since, string before)
    {
        Assert.True(Neo4jVersion.TryParse(since, out var first));
        Assert.True(Neo4jVersion.TryParse(before, out var earlier));

        Assert.Equal(first, Neo4jFeatures.Since(feature));
        Assert.True(((Neo4jVersion?)first).Has(feature));
        Assert.False(((Neo4jVersion?)earlier).Has(feature));
        Assert.Null(((Neo4jVersion?)null).Has(feature));
    }

    [Fact]
    public void EveryFeature_ShouldHaveARowAbove()
    {
        Assert.Equal(Neo4jFeatures.All.Order(), Rows().Select(row => (Neo4jFeature)row[0]).Order());
    }
}
