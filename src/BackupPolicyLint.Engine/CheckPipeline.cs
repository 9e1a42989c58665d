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

        // Custom rules judge one plan at a time: a script's memory watchdog measures the whole heap (docs/security.md).
        var engine = new CheckEngine([.. RuleCatalog.All, .. project.CustomRules], project.CustomRules.Count == 0 ? options.Parallelism : 1);
        var judged = new JudgedPlans(baselineKeys || options.Baseline is not null || options.Config?.Baseline is not null);
        // With a backup location or an inventory every plan waits for the whole run (PlanBatchStage says why).
        var batches = PlanBatchStage.Run(files, options, engine, policy, judged, everyPlanWaits: scan is not null || inventories.Count > 0);
        var planResults = batches.Judged;
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
        for (var i = 0; i < lastPlans.Count; i++)
        {
            planResults.Add(new PlanJudgement(lastIndexes[i], lastRuns[i], PlanJudgement.Summarize(lastPlans[i], policy)));
        }

        planResults.Sort((a, b) => a.Index.CompareTo(b.Index));
        var runFindings = RuleCatalog.RunFindings(matching, policy).ToList();
        timings?.Mark("rules");

        // In the order the findings were always gathered: the final sort is not stable, so ties keep this order.
        List<Finding> findings =
        [
            .. batches.LoaderFindings, .. batches.DuplicateNames, .. batches.References, .. infra.Findings, .. scan?.Problems ?? [],
            .. planResults.SelectMany(p => p.Run.Findings), .. runFindings,
        ];
        judged.Add(lastPlans, findings);
        findings = findings.Select(infra.Relabel).ToList();

        var suppression = new SuppressionStage(options, project, judged);
        // Inline `# bpl-ignore` comments count in plan files and in the neo4j.conf files, scripts and manifests analysed.
        var commentable = loaded.Where(r => r.Read).Select(r => r.File).Concat(infra.ReadInputs).DistinctBy(f => f.FullPath).ToList();
        var suppressed = suppression.Apply(findings, commentable);
        suppressed.Sort(FindingOrder.Instance);
        timings?.Mark("suppressions, sort");

        // Every file is loaded and fingerprinted as in a full run (cross-file references resolve, fingerprints do not
        // move); --changed-since only narrows what is reported.
        bool InScope(string file) => changed is null || changed.Contains(Path.GetFullPath(file, options.WorkingDirectory));
        // What the command line gave (an inventory no plan uses) concerns this run, whatever changed.
        bool Reported(Finding f) => InScope(f.Span.File) || f is { PlanId: null, Source: SourceKind.Inventory };
        var fingerprinted = Fingerprints.Assign(suppressed);
        var baseline = suppression.ApplyBaseline(fingerprinted);
        // Messages and subjects may quote a value from the files (a storage URI with its password): secrets are masked
        // here, after waivers, fingerprints and the baseline used them, so every format gets the masked text and no
        // fingerprint moves.
        var reported = (baseline?.Findings ?? fingerprinted).Where(Reported).Select(RedactingReportWriter.Redacted).ToList();
        var evaluations = planResults.SelectMany(p => p.Run.Evaluations).Where(e => InScope(e.Plan.File)).ToList();
        var read = loaded.Where(r => r.Read).Select(r => r.File.DisplayPath).Union(infra.ReadFiles, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (!options.AllowNoFiles)
        {
            // A file found about Neo4j and not judged (a Helm template) is not "nothing": --verbose says why it was not judged.
            EmptyInputs.Refuse(options, [.. read, .. infra.SkippedFiles.Select(s => s.File)]);
        }

        var report = new CheckReport(ToolInfo.Version, reported, read.Count, policy.Packs.ToList())
        {
            Baseline = baseline is null ? null : new BaselineCounts(baseline.Baselined, baseline.Fixed, baseline.New),
            Outcomes = RuleOutcomes.Compute(evaluations, reported),
            Waivers = suppression.WaiverUses,
            RulesWhenAsked = () => ReportRules.Of(evaluations, reported),
            Files = read.Where(InScope).ToList(),
            SkippedFiles = infra.SkippedFiles.Where(s => InScope(s.File)).Select(s => new SkippedFile(s.File, s.Reason)).ToList(),
            Plans = planResults.Select(p => p.Summary).Where(p => InScope(p.File)).ToList(),
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
        timings?.Mark("fingerprints, outcomes");
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
