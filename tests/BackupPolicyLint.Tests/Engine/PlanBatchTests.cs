using System.Runtime.CompilerServices;
using BackupPolicyLint.Engine;
using BackupPolicyLint.Loading.Config;
using BackupPolicyLint.Model;
using BackupPolicyLint.Reporting;
using BackupPolicyLint.Tests.Reporting;
using BackupPolicyLint.Tests.Support;
using Xunit;

namespace BackupPolicyLint.Tests.Engine;

/// <summary>Plans are judged a batch of files at a time and their trees dropped (issue 19); the report does not depend on the batch size.</summary>
public sealed class PlanBatchTests
{
    [Fact]
    public void JudgedBatch_ShouldBeCollectableBeforeTheRunEnds_AndNotHeldByTheReport()
    {
        using var folder = new TempDirectory();
        for (var i = 0; i < 7; i++)
        {
            folder.Write($"plan-{i}.yaml", PlanTexts.Standalone($"plan-{i}"));
        }

        var batches = new List<List<WeakReference>>();
        var stillHeld = new List<int>();
        var report = CheckPipeline.Run(new CheckRequest
        {
            Paths = ["."],
            WorkingDirectory = folder.Path,
            Now = Checks.Now,
            PlanFilesPerBatch = 2,
            BatchJudged = plans =>
            {
                // Every earlier batch must be garbage by now: nothing of the run still points at its trees.
                Collect();
                if (batches.SelectMany(b => b).Any(r => r.IsAlive))
                {
                    stillHeld.Add(batches.Count);
                }

                batches.Add(Weak(plans));
            },
        });

        Assert.Equal([2, 2, 2, 1], batches.Select(b => b.Count));
        Assert.Empty(stillHeld);
        Collect();
        Assert.All(batches.SelectMany(b => b), r => Assert.False(r.IsAlive, "the report holds a judged plan's tree"));
        Assert.Equal(7, report.Plans.Count);
        Assert.NotEmpty(report.Outcomes);
        GC.KeepAlive(report);
    }

    [Fact]
    public void PlanWithInfrastructureOrRunWideInputs_ShouldWaitForTheWholeRun()
    {
        // A plan that claims a neo4j.conf is joined to it after every file is read; it is not judged in its batch.
        using var folder = new TempDirectory();
        folder.Write("a.yaml", PlanTexts.Standalone("a"));
        folder.Write("b.yaml", PlanTexts.Standalone("b", "    configFiles: [neo4j.conf]\n"));
        folder.Write("neo4j.conf", "server.backup.enabled=true\n");
        var judged = new List<string>();

        CheckPipeline.Run(new CheckRequest
        {
            Paths = ["."],
            WorkingDirectory = folder.Path,
            Now = Checks.Now,
            PlanFilesPerBatch = 1,
            BatchJudged = plans => judged.AddRange(plans.Select(p => p.Name)),
        });

        Assert.Equal(["a"], judged);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void BatchSize_ShouldNotChangeTheReport(int planFilesPerBatch)
    {
        // Every example, with the project config (waivers, inline suppressions, custom packs): duplicate names, references,
        // waivers and infrastructure joins all cross batch boundaries at these sizes.
        string Json(int batch) => Reports.Write(new JsonReportWriter(), CheckPipeline.Run(new CheckRequest
        {
            Paths = ["examples"],
            WorkingDirectory = Repo.Root,
            Now = Checks.Now,
            GeneratedAt = Checks.Now,
            Config = ConfigLoader.Load(Path.Combine(Repo.Root, "examples", "policies", "bpl.yaml"), "examples/policies/bpl.yaml"),
            PlanFilesPerBatch = batch,
        }));

        Assert.Equal(Json(10_000), Json(planFilesPerBatch));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static List<WeakReference> Weak(IReadOnlyList<BackupPlan> plans) => plans.Select(p => new WeakReference(p.Node)).ToList();

    private static void Collect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }
}
