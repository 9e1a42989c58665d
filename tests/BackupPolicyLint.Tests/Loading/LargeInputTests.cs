using BackupPolicyLint.Analysis;
using BackupPolicyLint.Loading.Discovery;
using BackupPolicyLint.Loading.Plans;
using BackupPolicyLint.Loading.Yaml;
using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Tests.Loading;

/// <summary>
/// Large inputs are indexed instead of scanned (a mapping's keys, a job's databases, a plan's coverage); these pin that
/// the indexed paths answer exactly as the small ones do. Their speed is in bench/hostile-shapes.sh, not here.
/// </summary>
public sealed class LargeInputTests
{
    [Theory]
    [InlineData(5)]
    [InlineData(200)]
    public void DuplicateKey_InASmallOrALargeMapping_ShouldBeReportedAtTheLaterOne(int keys)
    {
        var lines = Enumerable.Range(0, keys).Select(i => $"  extra{i}: {i}").ToList();
        lines.Add("  extra3: again");
        var text = "apiVersion: bpl/v1\nkind: BackupPlan\nmetadata:\n  name: big\nspec:\n" + string.Join('\n', lines) + "\n";

        var report = Checks.RunText(text);

        var duplicate = Assert.Single(report.Findings, f => f.Message.StartsWith("duplicate key", StringComparison.Ordinal));
        Assert.Equal((6 + keys, "duplicate key 'extra3' (first at line 9)"), (duplicate.Span.Line, duplicate.Message[..duplicate.Message.IndexOf(';', StringComparison.Ordinal)]));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(100)]
    public void Coverage_OfAJobNamingFewOrManyDatabases_ShouldFindEachByNameInAnyCase(int count)
    {
        var names = Enumerable.Range(0, count).Select(i => $"Db{i}").ToList();
        var text = File.ReadAllText(Path.Combine(Repo.Fixtures, "base-plan.yaml"))
            .Replace("databases: [ \"*\" ]", $"databases: [ {string.Join(", ", names)}, system ]", StringComparison.Ordinal);

        var plan = Assert.Single(PlanLoader.LoadText(new InputFile("/x/plan.yaml", "plan.yaml", true), System.Text.Encoding.UTF8.GetBytes(text), ReaderLimits.Default).Plans);
        var job = plan.Jobs[0];

        Assert.All(names, n => Assert.Equal(n, job.CoveringRef(n.ToLowerInvariant())?.Name));
        Assert.All(names, n => Assert.Contains(job, plan.ProtectingJobs(n.ToUpperInvariant())));
        Assert.Null(job.CoveringRef("db" + count));
        Assert.Empty(plan.ProtectingJobs("db" + count));
        Assert.Contains("system", plan.Databases.Select(d => d.Name)); // declared, so not added again at the end
        Assert.Equal([.. plan.Databases.Select(d => d.Name), .. names], plan.DatabaseNames());
    }
}
