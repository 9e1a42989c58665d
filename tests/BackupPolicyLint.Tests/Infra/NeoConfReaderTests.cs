using BackupPolicyLint.Loading.Infra;
using BackupPolicyLint.Model.Infra;
using Xunit;

namespace BackupPolicyLint.Tests.Infra;

public sealed class NeoConfReaderTests
{
    [Fact]
    public void Defaults_ShouldApplyWhenSettingsAreAbsent()
    {
        var config = NeoConfReader.Read("neo4j.conf", "server.memory.heap.max_size=4G\n");

        Assert.True(config.BackupServiceEnabled);
        Assert.Equal(("127.0.0.1:6362", null), (config.BackupListen.Address, config.BackupListen.Setting));
        Assert.Equal("localhost:6000", config.ClusterListen.Address);
    }

    [Fact]
    public void CommentedOutSettings_ShouldNotBeSettings()
    {
        var config = NeoConfReader.Read("neo4j.conf", "#server.backup.listen_address=0.0.0.0:6362\n  # dbms.ssl.policy.backup.enabled=true\n");

        Assert.Empty(config.Settings);
    }

    [Fact]
    public void Names44_ShouldBeReadUnderTheir5Names()
    {
        var config = NeoConfReader.Read("neo4j.conf", "dbms.backup.listen_address=0.0.0.0:6362\ndbms.tx_log.rotation.retention_policy=false\n");

        Assert.Equal("0.0.0.0:6362", config.BackupListen.Address);
        Assert.Equal("dbms.backup.listen_address", config.BackupListen.Setting!.WrittenName);
        Assert.Equal(1, config.BackupListen.Setting.Span.Line);
        Assert.Equal("false", config.Get(Neo4jConfig.TxLogRetentionPolicy)!.Value);
    }

    [Fact]
    public void ClusterListenerHost_ShouldComeFromTheDefaultListenAddress()
    {
        var config = NeoConfReader.Read("neo4j.conf", "server.default_listen_address=0.0.0.0\n");

        Assert.Equal("0.0.0.0:6000", config.ClusterListen.Address);
        Assert.Equal(1, config.ClusterListen.Setting!.Span.Line);
    }

    [Theory]
    [InlineData("NEO4J_server_backup_listen__address", "server.backup.listen_address")]
    [InlineData("NEO4J_dbms_ssl_policy_backup_enabled", "dbms.ssl.policy.backup.enabled")]
    [InlineData("NEO4J_dbms_backup_listen__address", "server.backup.listen_address")]
    [InlineData("NEO4J_AUTH", null)]
    [InlineData("NEO4J_ACCEPT_LICENSE_AGREEMENT", null)]
    [InlineData("JAVA_OPTS", null)]
    public void EnvironmentVariables_ShouldMapToSettings(string variable, string? setting) =>
        Assert.Equal(setting, NeoConfReader.SettingOfVariable(variable));

    [Theory]
    [InlineData("dbms.cluster.discovery.endpoints=a:6000,b:6000,c:6000", true)]
    [InlineData("initial.dbms.default_primaries_count=3", true)]
    [InlineData("initial.dbms.default_secondaries_count=2", true)]
    [InlineData("server.cluster.system_database_mode=SECONDARY", true)]
    [InlineData("causal_clustering.initial_discovery_members=a:5000,b:5000", true)]
    [InlineData("dbms.mode=CORE", true)]
    [InlineData("dbms.mode=SINGLE", false)]
    [InlineData("server.cluster.listen_address=0.0.0.0:6000", false)]
    [InlineData("server.cluster.advertised_address=db1:6000", false)]
    public void ClusterOnlySettings_ShouldDescribeACluster(string line, bool cluster) =>
        Assert.Equal(cluster, NeoConfReader.Read("neo4j.conf", line + "\n").DescribesCluster);

    [Theory]
    [InlineData("", true)]
    [InlineData("dbms.security.auth_enabled=true\n", true)]
    [InlineData("dbms.security.auth_enabled=false\n", false)]
    public void Authentication_ShouldDefaultToEnabled(string text, bool enabled) =>
        Assert.Equal(enabled, NeoConfReader.Read("neo4j.conf", "server.memory.heap.max_size=4G\n" + text).AuthenticationEnabled);
}
