using BackupPolicyLint.Reporting.Model;
using Xunit;

namespace BackupPolicyLint.Tests.Reporting;

public sealed class RepositoryPathsTests
{
    [Theory]
    [InlineData("", "examples/a.yaml", "examples/a.yaml")]
    [InlineData("infra/plans", "a.yaml", "infra/plans/a.yaml")]
    [InlineData("infra/plans", "../shared/./b.yaml", "infra/shared/b.yaml")]
    [InlineData("", "../outside.yaml", "../outside.yaml")]
    public void Combine_ShouldResolveDotSegments(string prefix, string file, string expected)
    {
        Assert.Equal(expected, RepositoryPaths.Combine(prefix, file));
    }
}
