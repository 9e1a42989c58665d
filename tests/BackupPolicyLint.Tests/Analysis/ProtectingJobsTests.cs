using BackupPolicyLint.Analysis;
using BackupPolicyLint.Loading.Discovery;
using BackupPolicyLint.Loading.Plans;
using BackupPolicyLint.Loading.Yaml;
using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Tests.Analysis;

/// <summary>
/// Which jobs protect a database, and in which order: the jobs that name it and the jobs that use "*" (not for a
/// composite), each once (a job naming it twice, or naming it and "*"), in plan order.
/// </summary>
public sealed class ProtectingJobsTests
{
    private const string Jobs = """
          jobs:
            - { name: all-1, command: backup, type: full, databases: [ "*" ], schedule: "0 2 * * *", destination: staging-disk }
            - { name: named-1, command: backup, type: full, databases: [ orders ], schedule: "0 3 * * *", destination: staging-disk }
            - { name: named-2, command: backup, type: full, databases: [ neo4j, orders, ORDERS ], schedule: "0 4 * * *", destination: staging-disk }
            - { name: all-2, command: backup, type: full, databases: [ "*", orders ], schedule: "0 5 * * *", destination: staging-disk }
            - { name: named-3, command: backup, type: diff, databases: [ orders ], schedule: "0 3 * * *", destination: staging-disk }
            - { name: dump, command: dump, databases: [ composite ], schedule: "0 6 * * *", destination: staging-disk }
        """;

    [Theory]
    [InlineData("orders", "all-1 named-1 named-2 all-2 named-3")]
    [InlineData("ORDERS", "all-1 named-1 named-2 all-2 named-3")]
    [InlineData("neo4j", "all-1 named-2 all-2")]
    [InlineData("system", "all-1 all-2")]
    [InlineData("composite", "dump")]
    [InlineData("undeclared", "all-1 all-2")]
    public void ProtectingJobs_ShouldBeTheNamingAndStarJobsOnceEachInPlanOrder(string database, string expected)
    {
        var plan = Load();

        var jobs = plan.ProtectingJobs(database).Select(j => j.Name);

        Assert.Equal(expected, string.Join(' ', jobs));
    }

    private static BackupPolicyLint.Model.BackupPlan Load()
    {
        var text = File.ReadAllText(Path.Combine(Repo.Fixtures, "base-plan.yaml"));
        var jobsAt = text.IndexOf("  jobs:\n", StringComparison.Ordinal);
        var retentionAt = text.IndexOf("  retention:\n", StringComparison.Ordinal);
        text = text[..jobsAt] + Jobs.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n" + text[retentionAt..];
        text = text.Replace("  objectives:\n", "    - name: composite\n      type: composite\n  objectives:\n", StringComparison.Ordinal);
        return Assert.Single(PlanLoader.LoadText(new InputFile("/x/plan.yaml", "plan.yaml", true), System.Text.Encoding.UTF8.GetBytes(text), ReaderLimits.Default).Plans);
    }
}
