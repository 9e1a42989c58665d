using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Engine;
using BackupPolicyLint.Engine.Spill;
using BackupPolicyLint.Loading.Baselines;
using BackupPolicyLint.Loading.Config;
using BackupPolicyLint.Reporting;
using BackupPolicyLint.Suppressions;
using BackupPolicyLint.Tests.Reporting;
using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Tests.Engine;

/// <summary>
/// A run whose findings and plans go to disk (issue 19: flat memory at 100,000 plans) writes every format byte for byte
/// as the same run held in memory.
/// </summary>
public sealed class SpilledReportTests
{
    private static readonly ProjectConfig ExamplesConfig = ConfigLoader.Load(Path.Combine(Repo.Root, "examples", "policies", "bpl.yaml"), "examples/policies/bpl.yaml");

    public static TheoryData<string> Inputs => ["batches", "every input", "baseline"];

    [Theory]
    [MemberData(nameof(Inputs))]
    public void ReportOnDisk_ShouldWriteEveryFormatAsTheReportInMemory(string inputs)
    {
        using var directory = new TempDirectory();
        var request = Request(inputs, directory.Path);
        var inMemory = CheckPipeline.Run(request);
        var onDisk = CheckPipeline.Run(request with { FindingsHeldInMemory = 0, PlansHeldInMemory = 0 });

        Assert.True(onDisk.Findings is RecordLog<Finding> { Spilled: true }, "the findings were meant to be on disk");
        Assert.False(inMemory.Findings is RecordLog<Finding> { Spilled: true });
        Assert.NotEmpty(inMemory.Outcomes);
        foreach (var format in ReportFormats.Names)
        {
            var expected = Reports.Write(ReportFormats.Create(format, color: false, controls: null), inMemory);
            var actual = Reports.Write(ReportFormats.Create(format, color: false, controls: null), onDisk);
            Assert.True(expected == actual, $"{format} differs:\n{LineDiff.Unified(expected, actual, "in memory", "on disk")}");
        }
    }

    [Fact]
    public void ReportOnDisk_ShouldReadTheSameOnEveryPass()
    {
        var report = CheckPipeline.Run(Request("batches", "") with { FindingsHeldInMemory = 0, PlansHeldInMemory = 0 });

        Assert.Equal(report.Findings.Count, report.Findings.Count());
        Assert.Equal(report.Findings.ToList(), report.Findings.ToList());
        Assert.Equal(report.Outcomes.Count, report.Outcomes.Count());
        Assert.Equal(report.Plans.Count, report.PlanReports.Count());
        Assert.Equal(report.Findings[3], report.Findings.ElementAt(3));
    }

    private static CheckRequest Request(string inputs, string scratch)
    {
        var examples = new CheckRequest
        {
            Paths = ["examples"],
            WorkingDirectory = Repo.Root,
            Now = Checks.Now,
            GeneratedAt = Checks.Now,
            Config = ExamplesConfig,
            FailOn = Severity.Warning,
        };
        switch (inputs)
        {
            case "batches":
                // Duplicate names, references, waivers and infrastructure joins cross batch boundaries.
                return examples with { PlanFilesPerBatch = 2 };
            case "every input":
                return examples with
                {
                    Backups = "examples/backups",
                    BackupInspect = "examples/backups/payments-prod.inspect.txt",
                    InventoryFiles = ["examples/inventory/prod-cluster.json"],
                };
            default:
                // A baseline of every other current finding: the rest are new, and the entries of fixed findings count.
                var (report, keyOf) = CheckPipeline.RunWithKeys(examples);
                var baseline = Path.Combine(scratch, "baseline.json");
                var entries = report.Findings.Where(f => !f.Suppressed).Where((_, i) => i % 2 == 0).Select(f => keyOf(f, scratch));
                File.WriteAllText(baseline, BaselineFile.Write([.. entries, new BaselineEntry("BPL101", "gone.yaml", "/gone", "")]));
                return examples with { Baseline = baseline, PlanFilesPerBatch = 3 };
        }
    }
}
