using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Tests.Rules;

public sealed class BaseFixtureTests
{
    [Fact]
    public void BasePlan_WhenChecked_ShouldHaveNoFindings()
    {
        // The template every fixture mutates must stay clean, or fixtures could pass by accident.
        var report = Checks.Run(Repo.Fixtures, "base-plan.yaml");

        Assert.Equal(1, report.FilesChecked);
        Assert.Empty(report.Findings.Select(f => $"{f.Span}: {f.RuleId} {f.Message}"));
    }
}
