using BackupPolicyLint.Engine;
using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Tests.Hostile;

public sealed class ConcurrencyTests
{
    [Fact]
    public void ParallelLoading_ShouldGiveTheSameFindingsInTheSameOrderAsSequential()
    {
        string Run(int parallelism) => string.Join("\n", CheckPipeline.Run(new CheckRequest
        {
            Paths = ["."],
            WorkingDirectory = Repo.Fixtures,
            Now = Checks.Now,
            Parallelism = parallelism,
        }).Findings.Select(f => $"{f.Span} {f.RuleId} {f.Fingerprint} {f.Message}"));

        var sequential = Run(1);
        Assert.NotEmpty(sequential);
        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(sequential, Run(8));
        }
    }
}
