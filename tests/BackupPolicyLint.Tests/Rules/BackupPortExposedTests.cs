using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Tests.Rules;

/// <summary>BPL502's maxPrefixV4 comes from the pack; fixtures only run the built-in packs (default 24).</summary>
public sealed class BackupPortExposedTests
{
    private const string Pack = """
        apiVersion: bpl/v1
        kind: PolicyPack
        metadata:
          name: wide-lan
        spec:
          rules:
            BPL502:
              severity: error
              parameters:
                maxPrefixV4: 16
        """;

    [Fact]
    public void AllowList_WhenThePackAllowsSlash16_ShouldReportOnlyWiderRangesAndAnyAddress()
    {
        // Given the base plan with an allow-list of a /16, a /12 and 0.0.0.0/0, and a pack that allows /16
        var plan = File.ReadAllText(Path.Combine(Repo.Fixtures, "base-plan.yaml"))
            .Replace("allowedSources: [ 10.0.9.10/32 ]", "allowedSources:\n        - 10.20.0.0/16\n        - 10.16.0.0/12\n        - 0.0.0.0/0", StringComparison.Ordinal);
        using var directory = new TempDirectory();
        directory.Write("plan.yaml", plan);
        var pack = directory.Write("pack.yaml", Pack);

        // When it is checked with that pack
        var report = Checks.RunWithPolicy(directory.Path, pack, "plan.yaml");

        // Then the /12 and the any-address range are reported, and the /16 passes
        var findings = report.Findings.Where(f => f.RuleId == "BPL502").Select(f => f.Message).ToList();
        Assert.Equal(2, findings.Count);
        Assert.Contains(findings, m => m.Contains("'10.16.0.0/12'", StringComparison.Ordinal) && m.Contains("/16 or longer", StringComparison.Ordinal));
        Assert.Contains(findings, m => m.Contains("'0.0.0.0/0' admits any address", StringComparison.Ordinal));
    }
}
