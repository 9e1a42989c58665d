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
}
