using System.Text.Json;
using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Cli.Tests.Redaction;

/// <summary>
/// A plan's configFiles is read only inside the repository root: a pull request cannot have bpl quote a file from
/// elsewhere on the CI machine. The entry gets BPL001 and no line of the file appears in any format.
/// </summary>
public sealed class OutsideRepositoryConfigFileTests : IDisposable
{
    private const string Secret = "OutsideSecret-4711";
    private readonly TempDirectory _outside = new();
    private readonly TempDirectory _repository = new();

    public OutsideRepositoryConfigFileTests()
    {
        Directory.CreateDirectory(Path.Combine(_repository.Path, ".git"));
        _outside.Write("neo4j.conf", $"server.backup.listen_address=0.0.0.0:6362\nserver.backup.enabled=true\n# {Secret}\n");
        _repository.Write("inside.conf", "server.backup.listen_address=0.0.0.0:6362\n");
    }

    public void Dispose()
    {
        _outside.Dispose();
        _repository.Dispose();
    }

    private static string PlanClaiming(string configFile) =>
        $"apiVersion: bpl/v1\nkind: BackupPlan\nmetadata:\n  name: p\nspec:\n  databases:\n    - name: neo4j\n  dbms:\n    configFiles:\n      - inside.conf\n      - '{configFile}'\n";

    [Theory]
    [InlineData("absolute")]
    [InlineData("relative")]
    [InlineData("link")]
    public void ConfigFileOutsideTheRepository_ShouldBeAFindingAndNeverRead(string how)
    {
        var target = Path.Combine(_outside.Path, "neo4j.conf");
        var configFile = how switch
        {
            "absolute" => target,
            "relative" => Path.GetRelativePath(_repository.Path, target),
            _ => "linked.conf",
        };
        if (how == "link")
        {
            File.CreateSymbolicLink(Path.Combine(_repository.Path, "linked.conf"), target);
        }

        _repository.Write("plan.yaml", PlanClaiming(configFile));

        foreach (var format in new[] { "text", "json", "sarif", "junit", "github", "markdown", "html" })
        {
            var result = InProcessCli.Run(_repository.Path, new Dictionary<string, string>(), "check", "plan.yaml", "--now", "2026-11-20T06:00:00Z", "--format", format);
            Assert.DoesNotContain(Secret, result.Out, StringComparison.Ordinal);
            Assert.DoesNotContain(Path.GetFileName(_outside.Path) + "/neo4j.conf:", result.Out, StringComparison.Ordinal);
        }

        var json = InProcessCli.Run(_repository.Path, new Dictionary<string, string>(), "check", "plan.yaml", "--now", "2026-11-20T06:00:00Z", "--format", "json");
        var findings = JsonDocument.Parse(json.Out).RootElement.GetProperty("findings").EnumerateArray().ToList();
        var refused = Assert.Single(findings, f => f.GetProperty("ruleId").GetString() == "BPL001");
        Assert.Equal(("plan.yaml", 11), (refused.GetProperty("file").GetString(), refused.GetProperty("line").GetInt32()));
        Assert.Equal($"configFiles names '{configFile}', which is outside the repository root; it is not read, so none of its lines can reach a report (name the file on the command line to check it)",
            refused.GetProperty("message").GetString());
        // The file inside the repository is still read and judged.
        Assert.Contains(findings, f => f.GetProperty("file").GetString() == "inside.conf");
    }

    [Fact]
    public void ConfigFileOutsideTheRepository_NamedOnTheCommandLine_ShouldBeRead()
    {
        var target = Path.Combine(_outside.Path, "neo4j.conf");
        _repository.Write("plan.yaml", PlanClaiming(target));

        var json = InProcessCli.Run(_repository.Path, new Dictionary<string, string>(), "check", "plan.yaml", target, "--now", "2026-11-20T06:00:00Z", "--format", "json");

        var findings = JsonDocument.Parse(json.Out).RootElement.GetProperty("findings").EnumerateArray().ToList();
        Assert.DoesNotContain(findings, f => f.GetProperty("ruleId").GetString() == "BPL001");
    }
}
