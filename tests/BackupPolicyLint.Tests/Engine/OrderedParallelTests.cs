using BackupPolicyLint.Evaluation;
using Xunit;

namespace BackupPolicyLint.Tests.Engine;

/// <summary>Whether one file's run starts PLINQ is measured in bench/run.sh (cold start), not here.</summary>
public sealed class OrderedParallelTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(8)]
    public void Map_ShouldKeepTheInputOrder_AtAnyDegree(int degree)
    {
        var items = Enumerable.Range(0, 500).ToList();

        var mapped = OrderedParallel.Map(items, degree, i => i * 2);

        Assert.Equal(items.Select(i => i * 2), mapped);
    }
}
