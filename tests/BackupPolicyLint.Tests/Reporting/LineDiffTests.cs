using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Tests.Reporting;

/// <summary>The unified diff golden mismatches print: hunks with three lines of context, as `diff -u` numbers them.</summary>
public sealed class LineDiffTests
{
    private static string Lines(int from, int to) => string.Join('\n', Enumerable.Range(from, to - from + 1).Select(i => $"line {i}"));

    [Fact]
    public void OneChangedLine_ShouldBeOneHunkWithThreeLinesOfContext()
    {
        var expected = Lines(1, 20);
        var actual = expected.Replace("line 10", "line ten", StringComparison.Ordinal);

        var diff = LineDiff.Unified(expected, actual);

        Assert.Equal("--- expected\n+++ actual\n@@ -7,7 +7,7 @@\n line 7\n line 8\n line 9\n-line 10\n+line ten\n line 11\n line 12\n line 13\n", diff);
    }

    [Fact]
    public void DistantChanges_ShouldBeSeparateHunks_AndNearOnesOne()
    {
        var expected = Lines(1, 40);
        var actual = expected.Replace("line 5\n", "", StringComparison.Ordinal).Replace("line 30", "line 30\nadded", StringComparison.Ordinal);

        var diff = LineDiff.Unified(expected, actual);

        Assert.Equal(2, diff.Split('\n').Count(l => l.StartsWith("@@", StringComparison.Ordinal)));
        Assert.Contains("@@ -2,7 +2,6 @@\n line 2\n line 3\n line 4\n-line 5\n line 6\n", diff, StringComparison.Ordinal);
        Assert.EndsWith("@@ -28,6 +27,7 @@\n line 28\n line 29\n line 30\n+added\n line 31\n line 32\n line 33\n", diff, StringComparison.Ordinal);
        var near = LineDiff.Unified(expected, expected.Replace("line 10", "x", StringComparison.Ordinal).Replace("line 14", "y", StringComparison.Ordinal));
        Assert.Single(near.Split('\n'), l => l.StartsWith("@@", StringComparison.Ordinal));
    }

    [Fact]
    public void EqualTexts_ShouldHaveNoHunk()
    {
        Assert.Equal("--- expected\n+++ actual\n", LineDiff.Unified(Lines(1, 5), Lines(1, 5)));
    }
}
