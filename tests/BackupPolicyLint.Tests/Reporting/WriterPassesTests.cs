using System.Collections;
using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Engine;
using BackupPolicyLint.Evaluation;
using BackupPolicyLint.Reporting;
using BackupPolicyLint.Reporting.Model;
using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Tests.Reporting;

/// <summary>
/// A large run's findings, outcomes and plans are read back from disk on every pass, so a writer must go through them a
/// fixed number of times, not once per plan or per file (the HTML per-plan table once scanned every outcome per plan).
/// </summary>
public sealed class WriterPassesTests
{
    public static TheoryData<string> Formats => [.. ReportFormats.Names];

    [Theory]
    [MemberData(nameof(Formats))]
    public void Writer_ShouldReadTheReportAFixedNumberOfTimes_HoweverManyPlans(string format)
    {
        var few = Passes(format, plans: 2);
        var many = Passes(format, plans: 12);

        Assert.Equal(few, many);
    }

    private static (int Findings, int Outcomes, int Plans) Passes(string format, int plans)
    {
        using var directory = new TempDirectory();
        for (var i = 0; i < plans; i++)
        {
            File.WriteAllText(Path.Combine(directory.Path, $"plan-{i:D2}.yaml"), PlanTexts.Standalone($"plan-{i}"));
        }

        var report = CheckPipeline.Run(new CheckRequest { Paths = ["."], WorkingDirectory = directory.Path, Now = Checks.Now, GeneratedAt = Checks.Now });
        var findings = new CountingList<Finding>(report.Findings);
        var outcomes = new CountingList<RuleOutcome>(report.Outcomes);
        var summaries = new CountingList<PlanSummary>(report.Plans);
        Assert.NotEmpty(findings);
        Reports.Write(ReportFormats.Create(format, color: false, controls: null), report with { Findings = findings, Outcomes = outcomes, Plans = summaries });
        return (findings.Passes, outcomes.Passes, summaries.Passes);
    }

    /// <summary>Counts each enumeration, and each indexer read as one (a walk to the item on disk).</summary>
    private sealed class CountingList<T>(IReadOnlyList<T> items) : IReadOnlyList<T>
    {
        public int Passes { get; private set; }

        public int Count => items.Count;

        public T this[int index]
        {
            get
            {
                Passes++;
                return items[index];
            }
        }

        public IEnumerator<T> GetEnumerator()
        {
            Passes++;
            return items.GetEnumerator();
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
