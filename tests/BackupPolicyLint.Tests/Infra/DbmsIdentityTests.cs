using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Loading.Infra;
using Xunit;

namespace BackupPolicyLint.Tests.Infra;

/// <summary>Edition and version are what the files agree on; a tag, a variable or a contradiction that says nothing leaves them unknown.</summary>
public sealed class DbmsIdentityTests
{
    private static readonly SourceSpan At = new("x", 1, 1, 1, 2);

    [Theory]
    [InlineData("neo4j:5.26.0-enterprise", "enterprise", "5.26")]
    [InlineData("docker.io/library/neo4j:2025.10-enterprise", "enterprise", "2025.10")]
    [InlineData("neo4j:5.26.0-community", "community", "5.26")]
    [InlineData("neo4j:4.4", "community", "4.4")]
    [InlineData("registry.example.com:5000/mirror/neo4j:5.20.0", "community", "5.20")]
    [InlineData("neo4j:enterprise", "enterprise", null)]
    [InlineData("neo4j", null, null)]
    [InlineData("neo4j:latest", null, null)]
    [InlineData("neo4j:${NEO4J_VERSION}", null, null)]
    [InlineData("neo4j:${NEO4J_VERSION:-5.26.0}-enterprise", null, null)]
    [InlineData("neo4j/helm-charts-backup:5.26.0", null, null)]
    public void ImageTag_ShouldSayOnlyWhatItNames(string image, string? edition, string? version)
    {
        var facts = Facts();
        ImageTags.Read(image, At, facts);

        Assert.Equal(edition, DbmsIdentity.Edition([facts]));
        Assert.Equal(version, DbmsIdentity.Version([facts])?.Text);
    }

    [Theory]
    [InlineData("neo4j:5.26.0", "yes", "enterprise")]
    [InlineData("neo4j", "eval", "enterprise")]
    [InlineData("neo4j:${TAG}", "yes", "enterprise")]
    [InlineData("neo4j:5.26.0-enterprise", "no", "enterprise")]
    [InlineData("neo4j:5.26.0-community", "yes", null)]
    [InlineData("neo4j:5.26.0", "no", "community")]
    public void LicenseVariable_ShouldNameEnterprise_AndContradictAnExplicitCommunityTag(string image, string accepted, string? edition)
    {
        var facts = Facts();
        ImageTags.Read(image, At, facts);
        NeoEnvironment.Read([(NeoEnvironment.LicenseVariable, accepted, At)], facts);

        Assert.Equal(edition, DbmsIdentity.Edition([facts]));
    }

    [Theory]
    [InlineData("neo4j:5.26.0", "community")]
    [InlineData("neo4j:5.26.0-community", "community")]
    [InlineData(null, "enterprise")]
    public void EnterpriseOnlySetting_ShouldCountOnlyWhenNothingElseSaysTheEdition(string? image, string edition)
    {
        var facts = Facts();
        if (image is not null)
        {
            ImageTags.Read(image, At, facts);
        }

        AddConf(facts, "server.backup.listen_address=0.0.0.0:6362\n");

        Assert.Equal(edition, DbmsIdentity.Edition([facts]));
    }

    [Theory]
    [InlineData("dbms.active_database=graph.db\ndbms.connectors.default_listen_address=0.0.0.0\n", "3.x")]
    [InlineData("dbms.backup.address=0.0.0.0:6362\n", "3.x")]
    [InlineData("dbms.default_listen_address=0.0.0.0\ndbms.memory.heap.max_size=2G\n", "4.x")]
    [InlineData("dbms.default_database=graph\n", "4.x")]
    [InlineData("server.default_listen_address=0.0.0.0\n", null)]
    [InlineData("dbms.memory.heap.max_size=2G\n", null)]
    [InlineData("dbms.default_listen_address=0.0.0.0\nserver.memory.heap.max_size=2G\n", null)]
    public void SettingNames_ShouldTellTheVersionLine_OrNothing(string conf, string? line)
    {
        var facts = Facts();
        AddConf(facts, conf);

        Assert.Equal(line, DbmsIdentity.Version([facts])?.Text);
    }

    [Theory]
    [InlineData("neo4j-admin backup --backup-dir=/b --name=graph.db-backup --from=h:6362", "3.x")]
    [InlineData("neo4j-admin backup --backup-dir=/b --database=neo4j --from=h:6362", "4.x")]
    [InlineData("neo4j-admin backup --backup-dir=/b --from=h:6362", null)]
    [InlineData("neo4j-admin dump --database=neo4j --to=/b/neo4j.dump", null)]
    [InlineData("neo4j-admin database backup --to-path=/b neo4j", null)]
    public void CommandSyntax_ShouldTellTheVersionLine_WhenOnlyOneLineHasIt(string command, string? line)
    {
        var facts = new InfraFileFacts { File = "backup.sh", Source = SourceKind.Script };
        ShellCommandExtractor.ExtractText(command + "\n", new ExtractionContext { File = "backup.sh", Source = SourceKind.Script }, facts);

        Assert.Equal(line, DbmsIdentity.Version([facts])?.Text);
    }

    [Fact]
    public void ImageVersion_ShouldWinOverSettingNames_AndTwoImageVersionsSayNothing()
    {
        var one = Facts();
        ImageTags.Read("neo4j:4.4.30-enterprise", At, one);
        AddConf(one, "dbms.active_database=graph.db\n");
        Assert.Equal("4.4", DbmsIdentity.Version([one])?.Text);

        var two = Facts();
        ImageTags.Read("neo4j:5.26.0", At, two);
        ImageTags.Read("neo4j:2025.10.1", At, two);
        Assert.Null(DbmsIdentity.Version([two]));
    }

    [Theory]
    [InlineData("NEO4J_dbms_backup_listen__address", "0.0.0.0:6362", "dbms.backup.listen_address")]
    [InlineData("NEO4J_server_backup_listen__address", "0.0.0.0:6362", "server.backup.listen_address")]
    public void EnvironmentVariables_ShouldBeReadUnderTheir5Names_AndKeepTheirVersionLine(string variable, string value, string dotted)
    {
        var facts = Facts();
        NeoEnvironment.Read([(variable, value, At)], facts);

        var setting = Assert.Single(facts.Configs).BackupListen.Setting;
        Assert.Equal(variable, setting!.WrittenName);
        Assert.Equal(dotted, SettingsEvidence.DottedName(setting));
        Assert.Equal("enterprise", DbmsIdentity.Edition([facts]));
    }

    [Theory]
    [InlineData("${BACKUP_ADDRESS}")]
    [InlineData("$BACKUP_ADDRESS:6362")]
    public void EnvironmentValueWithAVariable_ShouldSetNothing(string value)
    {
        var facts = Facts();
        NeoEnvironment.Read([("NEO4J_server_backup_listen__address", value, At)], facts);

        Assert.Empty(facts.Configs);
    }

    private static InfraFileFacts Facts() => new() { File = "x", Source = SourceKind.Manifest };

    private static void AddConf(InfraFileFacts facts, string text)
    {
        var config = NeoConfReader.Read("neo4j.conf", text);
        facts.Configs.Add(config);
        SettingsEvidence.Add(config, facts);
    }
}
