using System.Text.Json;
using System.Text.Json.Nodes;
using NJsonSchema;
using Xunit;

namespace BackupPolicyLint.Cli.Tests;

/// <summary>`--format sarif` against the official SARIF 2.1.0 schema (vendored in Schemas/), and what code scanning needs.</summary>
public sealed class SarifReportTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromJsonAsync(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schemas", "sarif-schema-2.1.0.json"))).GetAwaiter().GetResult());

    private static string Sarif() => ReportFormatTests.Check("--format", "sarif").Out;

    [Fact]
    public void Examples_ShouldValidateAgainstTheSarifSchema()
    {
        var errors = Schema.Value.Validate(Sarif());

        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
    }

    [Fact]
    public void Validator_ShouldRejectABrokenLog()
    {
        // Guards the test above: a schema that accepted anything would let it pass.
        var log = JsonNode.Parse(Sarif())!;
        log["version"] = "2.0.0";
        log["runs"]![0]!["results"]![0]!["level"] = "fatal";

        Assert.NotEmpty(Schema.Value.Validate(log.ToJsonString()));
    }

    [Fact]
    public void EveryResult_ShouldHaveARegionAFingerprintAndAKnownRule()
    {
        using var document = JsonDocument.Parse(Sarif());
        var run = document.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        var results = run.GetProperty("results").EnumerateArray().ToList();

        Assert.NotEmpty(results);
        foreach (var result in results)
        {
            var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
            var region = location.GetProperty("region");
            Assert.True(region.GetProperty("startLine").GetInt32() >= 1);
            Assert.True(region.GetProperty("startColumn").GetInt32() >= 1);
            Assert.True(region.GetProperty("endLine").GetInt32() >= region.GetProperty("startLine").GetInt32());
            Assert.True(region.TryGetProperty("endColumn", out _));
            Assert.Equal("%SRCROOT%", location.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
            Assert.StartsWith("examples/", location.GetProperty("artifactLocation").GetProperty("uri").GetString(), StringComparison.Ordinal);
            Assert.Matches("^[0-9a-f]{32}$", result.GetProperty("partialFingerprints").GetProperty("bplFingerprint/v1").GetString());
            var index = result.GetProperty("ruleIndex").GetInt32();
            Assert.Equal(result.GetProperty("ruleId").GetString(), rules[index].GetProperty("id").GetString());
        }

        Assert.All(rules, r => Assert.StartsWith("https://", r.GetProperty("helpUri").GetString(), StringComparison.Ordinal));
        Assert.All(rules, r => Assert.NotEqual("", r.GetProperty("fullDescription").GetProperty("text").GetString()));
        Assert.Equal(rules.Select(r => r.GetProperty("id").GetString()).Order(StringComparer.Ordinal), rules.Select(r => r.GetProperty("id").GetString()));
    }

    [Fact]
    public void RunProperties_ShouldNameThePolicyPacksWithTheirHashes()
    {
        using var document = JsonDocument.Parse(Sarif());
        var packs = document.RootElement.GetProperty("runs")[0].GetProperty("properties").GetProperty("policyPacks").EnumerateArray().ToList();

        Assert.Equal(["production", "staging", "development"], packs.Select(p => p.GetProperty("name").GetString()));
        Assert.All(packs, p => Assert.Matches("^[0-9a-f]{64}$", p.GetProperty("contentHash").GetString()));
        Assert.Contains("payments-prod", packs[0].GetProperty("plans").EnumerateArray().Select(p => p.GetString()));
    }

    [Fact]
    public void SecurityRules_ShouldCarryASecuritySeverityAndTag_AndEveryRuleAPrecision()
    {
        using var document = JsonDocument.Parse(Sarif());
        var rules = document.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();

        string[] security = ["BPL407", "BPL408", "BPL501", "BPL502", "BPL506"];
        foreach (var rule in rules)
        {
            var id = rule.GetProperty("id").GetString()!;
            var properties = rule.GetProperty("properties");
            var tags = properties.GetProperty("tags").EnumerateArray().Select(t => t.GetString()).ToList();
            Assert.Contains(properties.GetProperty("precision").GetString(), new[] { "very-high", "high", "medium", "low" });
            if (security.Contains(id))
            {
                Assert.Contains("security", tags);
                var score = double.Parse(properties.GetProperty("security-severity").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
                Assert.InRange(score, 0.1, 10.0);
            }
            else
            {
                Assert.DoesNotContain("security", tags);
                Assert.False(properties.TryGetProperty("security-severity", out _), id);
            }
        }

        Assert.All(security, id => Assert.Contains(rules, r => r.GetProperty("id").GetString() == id));
    }

    [Fact]
    public void Run_ShouldHaveAutomationDetailsAndAnInvocationWithTheExitCodeAndReproducibleTimes()
    {
        using var document = JsonDocument.Parse(Sarif());
        var run = document.RootElement.GetProperty("runs")[0];

        Assert.Equal("backup-policy-lint/examples/", run.GetProperty("automationDetails").GetProperty("id").GetString());
        var invocation = Assert.Single(run.GetProperty("invocations").EnumerateArray().ToList());
        Assert.Equal(1, invocation.GetProperty("exitCode").GetInt32());
        Assert.True(invocation.GetProperty("executionSuccessful").GetBoolean());
        // SOURCE_DATE_EPOCH (1795154400) fixes both times, so the golden file stays byte for byte.
        Assert.Equal("2026-11-20T06:00:00Z", invocation.GetProperty("startTimeUtc").GetString());
        Assert.Equal("2026-11-20T06:00:00Z", invocation.GetProperty("endTimeUtc").GetString());
        Assert.Equal(0, ReportFormatTests.Check("--format", "sarif", "--fail-on", "none").ExitCode);
        using var passing = JsonDocument.Parse(ReportFormatTests.Check("--format", "sarif", "--fail-on", "none").Out);
        Assert.Equal(0, passing.RootElement.GetProperty("runs")[0].GetProperty("invocations")[0].GetProperty("exitCode").GetInt32());
    }

    [Fact]
    public void MaxResults_ShouldKeepTheMostSevereAndSaySoInAValidLog()
    {
        var result = ReportFormatTests.Check("--format", "sarif", "--max-results", "5");
        using var document = JsonDocument.Parse(result.Out);
        var run = document.RootElement.GetProperty("runs")[0];

        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(5, results.Count);
        Assert.All(results, r => Assert.Equal("error", r.GetProperty("level").GetString()));
        Assert.True(run.GetProperty("properties").GetProperty("resultsTruncated").GetBoolean());
        Assert.True(run.GetProperty("properties").GetProperty("resultsFound").GetInt32() > 5);
        var notification = run.GetProperty("invocations")[0].GetProperty("toolExecutionNotifications")[0];
        Assert.Contains("5 of", notification.GetProperty("message").GetProperty("text").GetString(), StringComparison.Ordinal);
        var errors = Schema.Value.Validate(result.Out);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("lots")]
    public void MaxResults_OfABadValue_ShouldExitTwo(string value)
    {
        var result = ReportFormatTests.Check("--format", "sarif", "--max-results", value);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"bpl: --max-results '{value}' is not a whole number of 1 or more\n", result.Error);
    }
}
