using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Evaluation;
using BackupPolicyLint.Loading.Discovery;
using BackupPolicyLint.Loading.Infra;
using BackupPolicyLint.Loading.Plans;
using BackupPolicyLint.Model;

namespace BackupPolicyLint.Engine;

/// <summary>
/// Loads the plan files a batch at a time, judges the plans that need nothing but themselves, and keeps only what the
/// reports need of them (findings, evaluations, a summary: <see cref="ReportStore"/>, <see cref="JudgedPlans"/>), so
/// memory does not grow with the plans' trees (docs/architecture.md, "Plans are judged in batches"). A plan waits for
/// the whole run when it needs more than itself: a backup location is matched against every plan's name and an inventory against every plan's servers,
/// and a plan that claims infrastructure, or shares its file with manifests, is joined to the infrastructure first.
/// </summary>
internal sealed class PlanBatchStage
{
    // Where each name was first used (file and line: all BPL002's message needs of the first plan).
    private readonly Dictionary<string, SourceSpan> _namesSeen = new(StringComparer.Ordinal);

    /// <summary>Every file the plan loader looked at, in order, without its plans.</summary>
    public List<LoadedFile> Loaded { get; } = [];

    /// <summary>The plans left for the end of the run, with their place.</summary>
    public List<IndexedPlan> Waiting { get; } = [];

    /// <summary>How many plans the files held.</summary>
    public int PlanCount { get; private set; }

    public static PlanBatchStage Run(IReadOnlyList<InputFile> files, CheckRequest options, CheckEngine engine, PolicySelection policy, JudgedPlans judged, ReportStore store, bool everyPlanWaits)
    {
        var stage = new PlanBatchStage();
        foreach (var batch in files.Chunk(Math.Max(1, options.PlanFilesPerBatch)))
        {
            var now = new List<IndexedPlan>();
            // What reading the files found (parse, schema, binding problems), names already used, dangling references.
            var batchFindings = new List<Finding>();
            foreach (var result in OrderedParallel.Map(batch, options.Parallelism, LoadSafely))
            {
                stage.Loaded.Add(new LoadedFile(result.File, result.Read, result.OnlyBplDocuments, result.Plans.Count > 0));
                batchFindings.AddRange(result.Findings);
                var waits = everyPlanWaits || !result.OnlyBplDocuments || result.Plans.Any(p => p.Dbms?.ConfigFiles.Count > 0);
                foreach (var plan in result.Plans)
                {
                    if (stage.DuplicateName(plan) is { } duplicate)
                    {
                        batchFindings.Add(duplicate);
                    }

                    batchFindings.AddRange(ReferenceResolver.Check(plan));
                    (waits ? stage.Waiting : now).Add(new IndexedPlan(stage.PlanCount++, plan));
                }
            }

            var plans = now.ConvertAll(p => p.Plan);
            // Only a run without inventories judges in batches, so the run's inventories are none.
            var runs = engine.EvaluateEach(plans, policy, options.Now, inventories: []);
            batchFindings.AddRange(runs.SelectMany(r => r.Findings));
            judged.Add(now, batchFindings);
            store.AddFindings(batchFindings);
            store.AddPlans(now, runs, policy);
            options.BatchJudged?.Invoke(plans);
        }

        return stage;
    }

    /// <summary>BPL002 on a plan whose name an earlier plan of the run already has.</summary>
    private Finding? DuplicateName(BackupPlan plan)
    {
        if (!_namesSeen.TryGetValue(plan.Name, out var first))
        {
            // The first plan's file and line are all its message needs: its tree may go.
            _namesSeen[plan.Name] = new SourceSpan(plan.File, plan.Span.Line, 1, 1, 1);
            return null;
        }

        var node = plan.Node.Get("metadata")?.Get("name") ?? plan.Node;
        return DiagnosticIds.Create(
            DiagnosticIds.SchemaViolation,
            $"plan name '{plan.Name}' is already used by {first.File}:{first.Line}; metadata.name must be unique within the checked set",
            node.Span,
            subject: plan.Name,
            logicalPath: node.Pointer);
    }

    /// <summary>A crash in a loader is a bug, but it must still end in a finding, not a stack trace.</summary>
    private static PlanFileResult LoadSafely(InputFile file)
    {
        // Scripts, conf files and Dockerfiles are the infrastructure loader's; a YAML/JSON file may be both.
        if (!IsPlanCandidate(file))
        {
            return new PlanFileResult(file, Read: false, [], []);
        }

        try
        {
            return PlanLoader.Load(file);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            var problem = DiagnosticIds.Create(DiagnosticIds.ParseError, $"the file could not be read ({ex.GetType().Name}: {ex.Message})", SourceSpan.FileStart(file.DisplayPath));
            return new PlanFileResult(file, Read: true, [], [problem]);
        }
    }

    private static bool IsPlanCandidate(InputFile file) =>
        Path.GetExtension(file.FullPath).ToLowerInvariant() is ".yaml" or ".yml" or ".json"
        || file.Explicit && InfraFileKinds.Of(file.FullPath) is InfraFileKind.None;
}
