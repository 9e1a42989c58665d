using BackupPolicyLint.Analysis;
using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Evaluation;
using BackupPolicyLint.Loading.Artifacts;
using BackupPolicyLint.Loading.Discovery;
using BackupPolicyLint.Loading.Inventory;
using BackupPolicyLint.Model;
using BackupPolicyLint.Model.Inventory;
using BackupPolicyLint.Reporting;
using BackupPolicyLint.Reporting.Model;
using BackupPolicyLint.Rules;
using BackupPolicyLint.Rules.BuiltIn;
using BackupPolicyLint.Suppressions;

namespace BackupPolicyLint.Engine;

/// <summary>
/// load inputs → resolve references → select packs → run rules → sort, fingerprint → narrow to changed files →
/// outcomes, and what reports need besides (rule texts, plan evidence, source excerpts). One file's problems never stop
/// the others; only a run that cannot be done as asked throws <see cref="CheckFailureException"/>.
/// </summary>
internal static class CheckPipeline
{
    public static CheckReport Run(CheckRequest options) => Run(options, baselineKeys: false).Report;

    /// <summary>The report, and how to key its findings for a baseline whose file is in a given folder (bpl baseline).</summary>
    public static (CheckReport Report, Func<Finding, string, BaselineEntry> KeyOf) RunWithKeys(CheckRequest options) => Run(options, baselineKeys: true);

    private static (CheckReport Report, Func<Finding, string, BaselineEntry> KeyOf) Run(CheckRequest options, bool baselineKeys)
    {
        var timings = options.Timings;
        var (found, missing) = InputDiscovery.Find(options.Paths, options.WorkingDirectory);
        if (missing.Count > 0)
        {
            throw new CheckFailureException(CheckFailureKind.MissingInput, $"path '{missing[0]}' does not exist", missing[0]);
        }

        // The config's include/exclude globs narrow what a folder walk finds; a file named on the command line is read.
        var files = options.Config is { } config ? found.Where(f => f.Explicit || config.Selects(f.FullPath)).ToList() : found;
        timings?.Mark("discover files");
        var project = ProjectPolicy.Build(options);
        var policy = project.Selection;
        var scan = ScanBackups(options);
        var changed = options.ChangedSince is { } revision ? ChangedFiles.Since(revision, options.WorkingDirectory) : null;
        var inventories = LoadInventories(options);
        timings?.Mark("policy, backups, inventory");

        // Every file is loaded and fingerprinted as in a full run (cross-file references resolve, fingerprints do not
        // move); --changed-since only narrows what is reported.
        bool InScope(string file) => changed is null || changed.Contains(Path.GetFullPath(file, options.WorkingDirectory));
        // What the command line gave (an inventory no plan uses) concerns this run, whatever changed.
        bool Reported(Finding f) => InScope(f.Span.File) || f is { PlanId: null, Source: SourceKind.Inventory };

        // Custom rules judge one plan at a time: a script's memory watchdog measures the whole heap (docs/security.md).
        IReadOnlyList<PlanRule> rules = [.. RuleCatalog.All, .. project.CustomRules];
        var engine = new CheckEngine(rules, project.CustomRules.Count == 0 ? options.Parallelism : 1);
        var judged = new JudgedPlans(baselineKeys || options.Baseline is not null || options.Config?.Baseline is not null);
        var store = new ReportStore(options, InScope);
        // With a backup location or an inventory every plan waits for the whole run (PlanBatchStage says why).
        var batches = PlanBatchStage.Run(files, options, engine, policy, judged, store, everyPlanWaits: scan is not null || inventories.Count > 0);
        var loaded = batches.Loaded;
        timings?.Mark("load and judge plans");

        // A file whose documents are all bpl's holds no manifest: the infrastructure readers need not parse it again.
        var infraFiles = loaded.Where(r => !r.OnlyBplDocuments).Select(r => r.File).ToList();
        var infra = InfraStage.Run(infraFiles, batches.Waiting.ConvertAll(p => p.Plan), loaded.Where(r => r.Read).Select(r => r.File.FullPath).ToHashSet(StringComparer.Ordinal), options);
        // The infrastructure stage returns the waiting plans joined, in order, then one implicit plan per checked path.
        var lastPlans = infra.Plans;
        var lastIndexes = batches.Waiting.Select(p => p.Index).Concat(Enumerable.Range(batches.PlanCount, lastPlans.Count - batches.Waiting.Count)).ToList();
        timings?.Mark("infrastructure");

        var planNames = lastPlans.Select(p => p.Name).ToList();
        Func<BackupPlan, ArtifactLocation?>? artifactsFor = scan is null ? null : plan => scan.LocationFor(plan.Name, planNames);
        var matching = InventoryMatching.Of(lastPlans, inventories);
        var lastRuns = engine.EvaluateEach(lastPlans, policy, options.Now, artifactsFor, matching.For, inventories);
        var lastJudged = lastPlans.Select((plan, i) => new IndexedPlan(lastIndexes[i], plan)).ToList();
        List<Finding> lastFindings = [.. infra.Findings, .. scan?.Problems ?? [], .. lastRuns.SelectMany(r => r.Findings), .. RuleCatalog.RunFindings(matching, policy)];
        judged.Add(lastJudged, lastFindings);
        store.AddFindings(lastFindings);
        store.AddPlans(lastJudged, lastRuns, policy);
        timings?.Mark("rules");

        var suppression = new SuppressionStage(options, project, judged);
        // Inline `# bpl-ignore` comments count in plan files and in the neo4j.conf files, scripts and manifests analysed.
        var commentable = loaded.Where(r => r.Read).Select(r => r.File).Concat(infra.ReadInputs).DistinctBy(f => f.FullPath).ToList();
        var reported = ReportedFindings.Assemble(options, store, infra.Relabel, suppression, commentable, judged, Reported);
        timings?.Mark("suppressions, sort, fingerprints");

        var read = loaded.Where(r => r.Read).Select(r => r.File.DisplayPath).Union(infra.ReadFiles, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (!options.AllowNoFiles)
        {
            // A file found about Neo4j and not judged (a Helm template) is not "nothing": --verbose says why it was not judged.
            EmptyInputs.Refuse(options, [.. read, .. infra.SkippedFiles.Select(s => s.File)]);
        }

        // A run small enough to hold is handed to the writers as lists; a larger one is read back plan by plan. The spill
        // files live as long as the report: they are unlinked already, so the system frees them when the process ends.
        var spilled = store.Plans.Spilled || reported.ByPlan.Spilled;
        IEnumerable<PlanReport> PlanReports() => reported.PlanReports(store);
        IReadOnlyList<RuleOutcome> outcomes = spilled
            ? new StreamedList<RuleOutcome>(store.EvaluationCount, () => PlanReports().SelectMany(p => p.Outcomes))
            : PlanReports().SelectMany(p => p.Outcomes).ToList();
        IReadOnlyList<PlanSummary> plans = spilled
            ? new StreamedList<PlanSummary>(store.Plans.Count, () => store.Plans.Merged().Select(p => p.Summary))
            : store.Plans.Merged().Select(p => p.Summary).ToList();
        var report = new CheckReport(ToolInfo.Version, reported.Findings, read.Count, policy.Packs.ToList())
        {
            Counts = reported.Counts,
            Baseline = reported.Baseline,
            Outcomes = outcomes,
            PlanReportsSource = new PlanReportSource(reported.Findings, outcomes, plans, PlanReports),
            Waivers = suppression.WaiverUses,
            RulesWhenAsked = store.Rules.Build,
            Files = read.Where(InScope).ToList(),
            SkippedFiles = infra.SkippedFiles.Where(s => InScope(s.File)).Select(s => new SkippedFile(s.File, s.Reason)).ToList(),
            Plans = plans,
            Run = new RunInfo
            {
                GeneratedAt = options.GeneratedAt,
                Now = options.Now,
                NowGiven = options.NowGiven,
                Paths = options.Paths,
                ForcedPolicy = options.Policy,
                ChangedSince = options.ChangedSince,
                FailOn = options.FailOn,
                Inputs = RunInputsOf(options, project, loaded, infra.ReadFiles, inventories),
            },
            Excerpts = new FileSourceExcerpts(options.WorkingDirectory),
            RepositoryPrefix = RepositoryRoot.PrefixOf(options.WorkingDirectory),
        };
        timings?.Mark("outcomes");
        return (report, suppression.KeyOf);
    }

    /// <summary>What the run read and used, as the audit record states it (display paths, credentials never).</summary>
    private static RunInputs RunInputsOf(CheckRequest options, ProjectPolicy project, IReadOnlyList<LoadedFile> results, IEnumerable<string> infraFiles, IReadOnlyList<DbmsInventory> inventories)
    {
        string Shown(string path) => ProjectPolicy.Display(Path.GetFullPath(path, options.WorkingDirectory), options.WorkingDirectory);
        var config = options.Config;
        var baseline = options.Baseline ?? config?.Baseline;
        return new RunInputs
        {
            PlanFiles = results.Where(r => r.HasPlans).Select(r => r.File.DisplayPath).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            InfrastructureFiles = infraFiles.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            Backups = options.Backups is { } backups ? new BackupLocationInput(Shown(backups), options.BackupInspect is { } inspect ? Shown(inspect) : null) : null,
            Inventories = inventories.Select(i => new InventoryInput(i.Name, UriCredentials.Remove(i.Source), i.CollectedAt, i.ToolVersion, i.File)).ToList(),
            ConfigFile = config?.DisplayPath,
            PackRoutes = project.Selection.Routes.Select(r => new PackRouteInput(r.Pack.Name, r.Environments.Count > 0 ? r.Environments : r.Pack.Environments, r.Labels)).ToList(),
            RuleSources = (config?.RuleDirectories ?? []).Concat(options.PolicyRuleSources).Select(Shown).ToList(),
            WaiverFiles = (config?.WaiverFiles ?? []).Select(Shown).ToList(),
            BaselineFile = baseline is null ? null : Shown(baseline),
        };
    }

    /// <summary>Snapshots first, in the order given, then the live DBMSs in command-line order; an unreadable one ends the run (it was asked for).</summary>
    private static List<DbmsInventory> LoadInventories(CheckRequest options)
    {
        var inventories = new List<DbmsInventory>();
        foreach (var file in options.InventoryFiles)
        {
            var full = Path.GetFullPath(file, options.WorkingDirectory);
            if (!File.Exists(full))
            {
                throw new CheckFailureException(CheckFailureKind.MissingInput, $"--inventory '{file}' does not exist", file);
            }

            try
            {
                inventories.Add(InventorySnapshotReader.ReadFile(full, Path.GetRelativePath(options.WorkingDirectory, full).Replace('\\', '/')));
            }
            catch (InventorySnapshotException ex)
            {
                throw new CheckFailureException(CheckFailureKind.UnreadableInput, ex.Message, file);
            }
        }

        if (options.LiveInventories is { } collect)
        {
            inventories.AddRange(collect());
        }

        return inventories;
    }

    /// <summary>
    /// Scans <c>--backups</c> (and reads <c>--backup-inspect</c>) before the rules run. A location or inspect file that
    /// does not exist is a usage error; what is inside them is judged and reported, never fatal.
    /// </summary>
    private static ArtifactScan? ScanBackups(CheckRequest options)
    {
        if (options.Backups is not { } backups)
        {
            return options.BackupInspect is null
                ? null
                : throw new CheckFailureException(CheckFailureKind.InvalidRequest, "--backup-inspect needs --backups DIR: the inspect output describes the artifacts of a backup location");
        }

        if (string.IsNullOrWhiteSpace(backups) || options.BackupInspect is { } blank && string.IsNullOrWhiteSpace(blank))
        {
            throw new CheckFailureException(CheckFailureKind.InvalidRequest, "--backups and --backup-inspect need a path");
        }

        var root = Path.GetFullPath(backups, options.WorkingDirectory);
        if (!Directory.Exists(root))
        {
            throw File.Exists(root)
                ? new CheckFailureException(CheckFailureKind.UnreadableInput, $"--backups '{backups}' is a file; give the folder that holds the backup artifacts", backups)
                : new CheckFailureException(CheckFailureKind.MissingInput, $"--backups '{backups}' does not exist", backups);
        }

        InspectReadResult? inspect = null;
        if (options.BackupInspect is { } inspectPath)
        {
            var full = Path.GetFullPath(inspectPath, options.WorkingDirectory);
            if (Directory.Exists(full))
            {
                throw new CheckFailureException(CheckFailureKind.UnreadableInput, $"--backup-inspect '{inspectPath}' is a folder; give the file that holds the saved output of `neo4j-admin backup inspect`", inspectPath);
            }

            try
            {
                inspect = BackupInspectReader.Read(full, InputDiscovery.Display(full, options.WorkingDirectory));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw File.Exists(full)
                    ? new CheckFailureException(CheckFailureKind.UnreadableInput, $"cannot read --backup-inspect '{inspectPath}': {ex.Message}", inspectPath)
                    : new CheckFailureException(CheckFailureKind.MissingInput, $"--backup-inspect '{inspectPath}' does not exist", inspectPath);
            }
        }

        var display = InputDiscovery.Display(root, options.WorkingDirectory);
        ArtifactScan scan;
        try
        {
            scan = new ArtifactScanner().Scan(root, display, inspect?.Records, new SyncProgress<long>(entries => options.Progress.Report($"scanning {display}: {entries:N0} entries…")));
        }
        finally
        {
            options.Progress.Clear();
        }

        return inspect is null ? scan : scan with { Problems = [.. inspect.Problems, .. scan.Problems] };
    }
}
