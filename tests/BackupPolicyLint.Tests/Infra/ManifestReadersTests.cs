using BackupPolicyLint.Loading.Discovery;
using BackupPolicyLint.Loading.Infra;
using Xunit;

namespace BackupPolicyLint.Tests.Infra;

/// <summary>The per-format manifest readers, each on several shapes of its input, through <see cref="InfraLoader"/> as bpl reads files.</summary>
public sealed class ManifestReadersTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("bpl-manifests-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("command: [\"neo4j-admin\", \"database\", \"backup\", \"*\"]", null, "root")]
    [InlineData("args: [\"neo4j-admin\", \"database\", \"backup\", \"*\"]", null, "neo4j")]
    [InlineData("command: [\"neo4j-admin\", \"database\", \"backup\", \"*\"]", "7474", "neo4j")]
    [InlineData("command: [\"neo4j-admin\", \"database\", \"backup\", \"*\"]", "0", "root")]
    [InlineData("command: [\"neo4j-admin\", \"database\", \"backup\", \"*\"]", "1000", "1000")]
    [InlineData("command: [\"tini\", \"-g\", \"--\", \"/startup/docker-entrypoint.sh\", \"neo4j-admin\", \"database\", \"backup\", \"*\"]", null, "neo4j")]
    [InlineData("command: [\"/startup/docker-entrypoint.sh\", \"neo4j-admin\", \"database\", \"backup\", \"*\"]", null, "neo4j")]
    [InlineData("securityContext:\n            runAsNonRoot: true\n          command: [\"neo4j-admin\", \"database\", \"backup\", \"*\"]", null, null)]
    public void KubernetesContainer_ShouldRunAsTheImageDefault_UnlessSecurityContextSays(string run, string? uid, string? user)
    {
        var security = uid is null ? "" : $"          securityContext:\n            runAsUser: {uid}\n";
        var result = Load("job.yaml", $"apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: b\nspec:\n  template:\n    spec:\n      containers:\n        - name: b\n          image: neo4j:5.26.0-enterprise\n{security}          {run}\n");

        Assert.Equal(user, Assert.Single(Jobs(result)).RunAs?.User);
    }

    [Theory]
    [InlineData("neo4j:5.26.0-enterprise", "entrypoint: [\"neo4j-admin\", \"database\", \"dump\", \"neo4j\"]", "", "root")]
    [InlineData("neo4j:5.26.0-enterprise", "command: neo4j-admin database dump neo4j", "", "neo4j")]
    [InlineData("neo4j:5.26.0-enterprise", "entrypoint: [\"neo4j-admin\", \"database\", \"dump\", \"neo4j\"]", "    user: \"${UID}:${GID}\"\n", null)]
    [InlineData("neo4j:5.26.0-enterprise", "entrypoint: [\"neo4j-admin\", \"database\", \"dump\", \"neo4j\"]", "    user: \"7474:7474\"\n", "neo4j")]
    [InlineData("acme/graph-tools:1.2", "entrypoint: [\"neo4j-admin\", \"database\", \"dump\", \"neo4j\"]", "", null)]
    public void ComposeService_ShouldRunAsTheImageDefault_UnlessUserSays(string image, string run, string user, string? expected)
    {
        var result = Load("docker-compose.yml", $"services:\n  dump:\n    image: {image}\n{user}    {run}\n");

        Assert.Equal(expected, Assert.Single(Jobs(result)).RunAs?.User);
    }

    [Theory]
    [InlineData("FROM neo4j:5.26.0-enterprise\nENTRYPOINT [\"neo4j-admin\", \"database\", \"backup\", \"*\"]\n", "root")]
    [InlineData("FROM neo4j:5.26.0-enterprise\nCMD [\"neo4j-admin\", \"database\", \"backup\", \"*\"]\n", "neo4j")]
    [InlineData("FROM neo4j:5.26.0-enterprise\nCMD neo4j-admin database backup \"*\"\nENTRYPOINT [\"/opt/run.sh\"]\n", null)]
    [InlineData("FROM neo4j:5.26.0-enterprise\nUSER neo4j\nENTRYPOINT [\"neo4j-admin\", \"database\", \"backup\", \"*\"]\n", "neo4j")]
    [InlineData("FROM neo4j:5.26.0-enterprise\nRUN neo4j-admin database backup \"*\"\n", null)]
    [InlineData("FROM acme/neo4j-tools:1\nENTRYPOINT [\"neo4j-admin\", \"database\", \"backup\", \"*\"]\n", null)]
    [InlineData("FROM neo4j:5.26.0-enterprise AS base\nUSER root\nFROM neo4j:5.26.0-enterprise\nCMD [\"neo4j-admin\", \"database\", \"backup\", \"*\"]\n", "neo4j")]
    public void DockerfileInstruction_ShouldRunAsTheImageDefault_UnlessUserSays(string dockerfile, string? user)
    {
        var result = Load("Dockerfile", dockerfile);

        Assert.Equal(user, Assert.Single(Jobs(result)).RunAs?.User);
    }

    [Fact]
    public void ComposeEnvFile_ShouldGiveSettingsLocatedInTheEnvFile_AndDotEnvShouldFillTheImageTag()
    {
        File.WriteAllText(Path.Combine(_folder, ".env"), "NEO4J_TAG=4.4.30-enterprise\n");
        File.WriteAllText(Path.Combine(_folder, "neo4j.env"), "# settings\nexport NEO4J_dbms_backup_listen__address=\"0.0.0.0:6362\"\n");
        var result = Load("docker-compose.yml", "services:\n  neo4j:\n    image: neo4j:${NEO4J_TAG}\n    env_file:\n      - path: ./neo4j.env\n");

        var facts = Assert.Single(result.Facts);
        var setting = Assert.Single(facts.Configs).BackupListen.Setting!;
        Assert.Equal(("neo4j.env", 2, 1), (setting.Span.File, setting.Span.Line, setting.Span.Column));
        Assert.Equal("0.0.0.0:6362", setting.Value);
        Assert.Equal("enterprise", DbmsIdentity.Edition([facts]));
        Assert.Equal("4.4", DbmsIdentity.Version([facts])?.Text);
    }

    [Theory]
    [InlineData("neo4j:${NEO4J_TAG}", null)]
    [InlineData("${GRAPH_IMAGE:-neo4j:enterprise}", null)]
    [InlineData("neo4j:${NEO4J_TAG:-5.26.0-community}", null)]
    [InlineData("neo4j:${SET_IN_DOT_ENV:-5.26.0-community}", "enterprise")]
    public void ComposeImageVariable_ShouldBeKnownOnlyFromTheDotEnv_NotFromItsDefault(string image, string? edition)
    {
        File.WriteAllText(Path.Combine(_folder, ".env"), "SET_IN_DOT_ENV=5.26.0-enterprise\n");
        var result = Load("docker-compose.yml", $"services:\n  neo4j:\n    image: \"{image}\"\n");

        Assert.Equal(edition, DbmsIdentity.Edition(result.Facts));
    }

    [Fact]
    public void ConfigMap_ShouldGiveItsNeo4jVariables_AndAnEmbeddedConfOnItsOwnLines()
    {
        var result = Load("config.yaml",
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  NEO4J_server_backup_enabled: \"true\"\n  neo4j.conf: |\n    # comment\n    server.backup.listen_address=0.0.0.0:6362\n");

        var configs = Assert.Single(result.Facts).Configs;
        Assert.Equal(2, configs.Count);
        var listen = configs[1].BackupListen.Setting!;
        Assert.Equal((9, 5), (listen.Span.Line, listen.Span.Column));
    }

    [Theory]
    [InlineData("x-a: &a\n  image: neo4j:5.26.0-enterprise\n  environment:\n    NEO4J_server_backup_listen__address: 0.0.0.0:6362\nservices:\n  s:\n    <<: *a\n", "0.0.0.0:6362")]
    [InlineData("x-a: &a\n  environment:\n    NEO4J_server_backup_listen__address: 0.0.0.0:6362\nx-b: &b\n  image: neo4j:5.26.0-enterprise\nservices:\n  s:\n    <<: [*b, *a]\n", "0.0.0.0:6362")]
    [InlineData("x-a: &a\n  environment:\n    NEO4J_server_backup_listen__address: 0.0.0.0:6362\nservices:\n  s:\n    <<: *a\n    environment:\n      NEO4J_server_backup_listen__address: 127.0.0.1:6362\n", "127.0.0.1:6362")]
    [InlineData("x-env: &env\n  NEO4J_server_backup_listen__address: 0.0.0.0:6362\nservices:\n  s:\n    image: neo4j:5.26.0-enterprise\n    environment:\n      <<: *env\n      NEO4J_server_memory_heap_max__size: 2G\n", "0.0.0.0:6362")]
    public void ComposeMergeKeys_ShouldBeApplied_OwnKeysWinning(string compose, string listen)
    {
        var result = Load("docker-compose.yml", compose);

        Assert.Equal(listen, Assert.Single(result.Facts.SelectMany(f => f.Configs)).BackupListen.Address);
    }

    [Fact]
    public void ConfigMap_ShouldNotReadAnAppsConfFile_AsNeo4jSettings()
    {
        var result = Load("app.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: api\ndata:\n  NEO4J_URI: bolt://graph:7687\n  application.conf: |\n    server.port=8080\n");

        Assert.Empty(result.Facts.SelectMany(f => f.Configs));
    }

    [Theory]
    [InlineData("  target:\n    kind: Database\n    name: orders\n  storage:\n    type: s3\n    bucket: b\n    path: nightly/\n", "orders", "s3://b/nightly")]
    [InlineData("  target:\n    kind: Cluster\n    name: prod\n  storage:\n    type: gcs\n    bucket: b\n", "*", "gs://b")]
    [InlineData("  neo4jRef:\n    name: prod\n  databases: [\"neo4j\", \"system\"]\n  destination:\n    type: pvc\n    pvc:\n      claimName: backups\n", "neo4j,system", "pvc:backups")]
    [InlineData("  neo4jRef:\n    name: prod\n", "*", null)]
    public void OperatorBackup_ShouldGiveABackupJob_InEitherShape(string spec, string databases, string? destination)
    {
        var result = Load("backup.yaml", $"apiVersion: neo4j.neo4j.com/v1alpha1\nkind: Neo4jBackup\nmetadata:\n  name: b\nspec:\n{spec}");

        var job = Assert.Single(Jobs(result));
        Assert.Equal("backup", job.Command);
        Assert.Equal(databases, string.Join(',', job.Databases.Select(d => d.Name)));
        Assert.Equal(destination, job.Destination?.Path);
    }

    [Theory]
    [InlineData("chart/templates/backup.yaml", "{{- if .Values.backup.enabled }}\napiVersion: batch/v1\nkind: CronJob\n{{- end }}\n", true)]
    [InlineData("chart/templates/sts.yaml", "apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: {{ .Release.Name }}\n  labels:\n    {{- include \"x\" . | nindent 4 }}\n", true)]
    [InlineData("ansible/neo4j.yaml", "- hosts: graph\n  vars:\n    neo4j_dir: {{ base }}/neo4j\n", true)]
    [InlineData("ansible/quoted.yaml", "- hosts: graph\n  vars:\n    neo4j_dir: \"{{ base }}/neo4j\"\n", false)]
    [InlineData("roles/neo4j/templates/neo4j.conf.j2", "server.default_listen_address={{ neo4j_listen_address }}\n", true)]
    [InlineData("chart/templates/_helpers.tpl", "{{- define \"neo4j.fullname\" -}}{{ .Release.Name }}{{- end -}}\n", true)]
    public void Template_ShouldBeSkippedWithAReason_NeverAParseError(string path, string text, bool skipped)
    {
        Directory.CreateDirectory(Path.Combine(_folder, "chart"));
        File.WriteAllText(Path.Combine(_folder, "chart", "Chart.yaml"), "apiVersion: v2\nname: chart\nversion: 1.0.0\n");
        var result = Load(path, text);

        Assert.Empty(result.Findings);
        Assert.Equal(skipped, result.SkipReason is not null);
    }

    [Theory]
    [InlineData("Neo4jEnterpriseCluster", "  image:\n    repo: neo4j\n    tag: 2025.10.1-enterprise\n", "2025.10")]
    [InlineData("Neo4jEnterpriseStandalone", "  image:\n    tag: 5.26.3\n", "5.26")]
    [InlineData("Neo4jEnterpriseCluster", "  topology:\n    servers: 3\n", null)]
    public void OperatorDbms_ShouldBeEnterprise_WithTheVersionOfItsImageTag(string kind, string spec, string? version)
    {
        var result = Load("cluster.yaml", $"apiVersion: neo4j.neo4j.com/v1alpha1\nkind: {kind}\nmetadata:\n  name: g\nspec:\n{spec}");

        Assert.Equal("enterprise", DbmsIdentity.Edition(result.Facts));
        Assert.Equal(version, DbmsIdentity.Version(result.Facts)?.Text);
    }

    [Fact]
    public void OperatorKindsNotRead_ShouldBeSkippedWithAReason()
    {
        var result = Load("restore.yaml", "apiVersion: neo4j.neo4j.com/v1alpha1\nkind: Neo4jRestore\nmetadata:\n  name: r\nspec: {}\n");

        Assert.Contains("Neo4jRestore", result.SkipReason, StringComparison.Ordinal);
    }

    private InfraFileResult Load(string relative, string text)
    {
        var path = Path.Combine(_folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return InfraLoader.Load(new InputFile(path, relative, Explicit: true));
    }

    private static IEnumerable<ExtractedJob> Jobs(InfraFileResult result) => result.Facts.SelectMany(f => f.Jobs);
}
