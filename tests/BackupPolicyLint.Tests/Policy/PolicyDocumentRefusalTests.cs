using BackupPolicyLint.Loading.CustomRules;
using BackupPolicyLint.Loading.Policies;
using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Tests.Policy;

/// <summary>Policy documents that would silently change what is judged are refused with their location.</summary>
public sealed class PolicyDocumentRefusalTests
{
    private const string RuleHead = "apiVersion: bpl/v1\nkind: Rule\nspec:\n  id: ACME1\n  name: acme-rule\n  severity: error\n  message: m\n";

    [Theory]
    [InlineData("  assert:\n    path: spec.retention.keepLast\n", "9:5", "tests nothing")]
    [InlineData("  assert:\n    message: only a message\n", "9:5", "tests nothing")]
    [InlineData("  assert:\n    all:\n      - path: spec.x\n        exists: true\n      - path: spec.y\n", "12:9", "tests nothing")]
    [InlineData("  assert:\n    not:\n      path: spec.x\n", "10:7", "tests nothing")]
    [InlineData("  assert:\n    all: []\n", "9:10", "all needs at least one assertion")]
    [InlineData("  assert:\n    any: []\n", "9:10", "any needs at least one assertion")]
    public void DeclarativeRule_WithAnAssertionThatTestsNothing_ShouldBeALoadError(string assert, string at, string expected)
    {
        var ex = Assert.Throws<PolicyDocumentException>(() => DeclarativeRuleLoader.Parse(RuleHead + assert, "rule.yaml"));

        Assert.StartsWith($"rule.yaml:{at}:", ex.Message, StringComparison.Ordinal);
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DeclarativeRule_WithAnOperator_ShouldLoad()
    {
        var rule = DeclarativeRuleLoader.Parse(RuleHead + "  assert:\n    path: spec.retention.keepLast\n    gte: 7\n", "rule.yaml");

        Assert.Equal("ACME1", rule.Descriptor.Id);
    }

    [Theory]
    [InlineData("Waivers", "bpl/v9")]
    [InlineData("Waivers", "bpI/v1")]
    [InlineData("Config", "bpl/v2")]
    public void PolicyDocument_OfAnotherApiVersion_ShouldBeRefusedAtTheApiVersion(string kind, string apiVersion)
    {
        using var directory = new TempDirectory();
        var path = directory.Write("policy.yaml", $"apiVersion: {apiVersion}\nkind: {kind}\nspec: {{}}\n");

        var ex = Assert.Throws<PolicyDocumentException>(() => PolicyDocument.Read(path, "policy.yaml", kind, kind == "Config" ? "config" : "waivers"));

        Assert.Equal($"policy.yaml:1:13: apiVersion '{apiVersion}' of a {kind} is not supported by this version of bpl; use 'bpl/v1'", ex.Message);
    }
}
