using BackupPolicyLint.Engine;
using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Tests.Hostile;

/// <summary>
/// Loading in parallel must not change the report. Each run reads every fixture (about 600 files, most of a second of
/// CPU), so the number of parallel runs follows the property-test knob: 5 in the everyday loop (20 were about a third
/// of this project's CPU), 125 in the long run (BPL_PROPERTY_ITERATIONS=5000, see the README).
/// </summary>
public sealed class ConcurrencyTests
{
    private static int ParallelRuns => Math.Max(5, PropertyIterations.Count / 40);

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
        for (var i = 0; i < ParallelRuns; i++)
        {
            Assert.Equal(sequential, Run(8));
        }
    }
}
