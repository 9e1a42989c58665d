using System.Text.Json;
using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Cli.Tests.Redaction;

/// <summary>
/// Fixtures/Secrets plants a secret of every shape docs/security.md lists in a plan, a neo4j.conf, a backup script and
/// a compose file, each beside a finding (so the HTML excerpt shows its line) or quoted by a message; secrets.manifest
/// says which shape each value stands for. No value may appear in any of the seven formats, and the findings stay where
/// they were.
/// </summary>
public sealed class PlantedSecretsTests
{
    private static readonly string Folder = Path.Combine(Repo.Fixtures, "Secrets");

    public static TheoryData<string> Formats() => ["text", "json", "sarif", "junit", "github", "markdown", "html"];

    private static List<(string File, string Shape, string Value)> Planted() =>
        File.ReadAllLines(Path.Combine(Folder, "secrets.manifest"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Select(p => (p[0], p[1], p[2]))
            .ToList();

    private static InProcessCli.Result Check(string format) =>
        InProcessCli.Run(Folder, new Dictionary<string, string>(), "check", "plan.yaml", "--now", "2026-11-20T06:00:00Z", "--format", format);

    [Fact]
    public void Manifest_ShouldNameValuesThatAreInTheirFiles()
    {
        var planted = Planted();

        Assert.True(planted.Count >= 20, "every shape is planted");
        foreach (var (file, shape, value) in planted)
        {
            Assert.True(File.ReadAllText(Path.Combine(Folder, file)).Contains(value, StringComparison.Ordinal), $"{shape}: '{value}' is not in {file}");
        }
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void NoPlantedSecret_ShouldAppearInTheReport(string format)
    {
        var output = Check(format).Out;

        var leaked = Planted().Where(p => output.Contains(p.Value, StringComparison.Ordinal)).Select(p => $"{p.File}: {p.Shape}").ToList();
        Assert.Empty(leaked);
        Assert.Contains("***", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Findings_ShouldStayAtTheirLines()
    {
        var findings = JsonDocument.Parse(Check("json").Out).RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => $"{f.GetProperty("file").GetString()}:{f.GetProperty("line").GetInt32()} {f.GetProperty("ruleId").GetString()}")
            .ToHashSet();

        Assert.Superset(
            new HashSet<string>
            {
                "plan.yaml:9 BPL301", "plan.yaml:23 BPL407", "plan.yaml:31 BPL209",
                "neo4j.conf:5 BPL506", "neo4j.conf:10 BPL502",
                "backup.sh:5 BPL210", "backup.sh:5 BPL209",
                "docker-compose.yml:8 BPL502", "docker-compose.yml:15 BPL506",
            },
            findings);
    }

    [Fact]
    public void HtmlExcerpts_ShouldShowWhereTheSecretWas()
    {
        var html = Check("html").Out;

        Assert.Contains("NEO4J_AUTH: neo4j/***", html, StringComparison.Ordinal);
        Assert.Contains("dbms.security.ldap.authorization.system_password=***", html, StringComparison.Ordinal);
        Assert.Contains("dbms.security.auth_minimum_password_length=12", html, StringComparison.Ordinal);
        Assert.Contains("s3://writer:***@acme-neo4j-backups/prod", html, StringComparison.Ordinal);
        Assert.Contains("AccountKey=***;EndpointSuffix=core.windows.net", html, StringComparison.Ordinal);
    }
}
