using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Evaluation;
using BackupPolicyLint.Loading.Discovery;
using BackupPolicyLint.Loading.Infra;
using BackupPolicyLint.Model;

namespace BackupPolicyLint.Engine;

/// <summary>
/// The infrastructure side of a check: reads the infrastructure files found, joins each to the plan that claims it
/// (<c>spec.dbms.configFiles</c>, loading claimed files that were not among the paths), and makes one implicit plan of
/// the unclaimed ones per checked path (docs/infrastructure.md). Findings located in those files get their source kind.
/// </summary>
internal sealed class InfraStage
{
    private readonly Dictionary<string, SourceKind> _sourceOf = new(StringComparer.Ordinal);

    public List<BackupPlan> Plans { get; } = [];
    public List<Finding> Findings { get; } = [];
    public List<string> ReadFiles { get; } = [];

    /// <summary>Files about Neo4j that were not judged, and why (--verbose lists them).</summary>
    public List<(string File, string Reason)> SkippedFiles { get; } = [];

    /// <summary>The infrastructure files read, for the stages that look at their text again (inline suppressions).</summary>
    public List<InputFile> ReadInputs { get; } = [];

    /// <summary>Reads the infrastructure files; <paramref name="planFilesRead"/> (files the plan loader read) keep their read problems reported once, by it.</summary>
    public static InfraStage Run(IReadOnlyList<InputFile> files, IReadOnlyList<BackupPlan> plans, IReadOnlySet<string> planFilesRead, CheckRequest options)
    {
        var stage = new InfraStage();
        var loaded = OrderedParallel.Map(files, options.Parallelism, LoadSafely);
        var byPath = loaded.ToDictionary(r => r.File.FullPath, StringComparer.Ordinal);

        // Claimed files: a plan's configFiles, relative to the plan file; read even when not under the checked paths,
        // but only inside the repository (a file outside it is read only when named on the command line).
        var repository = RepositoryRoot.DirectoryOf(options.WorkingDirectory);
        var claims = new Dictionary<string, List<InfraFileFacts>>(StringComparer.Ordinal);
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var plan in plans)
        {
            var facts = new List<InfraFileFacts>();
            var directory = Path.GetDirectoryName(Path.GetFullPath(plan.File, options.WorkingDirectory)) ?? options.WorkingDirectory;
            foreach (var configFile in plan.Dbms?.ConfigFiles ?? [])
            {
                string full;
                try
                {
                    full = Path.GetFullPath(configFile, directory);
                }
                catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
                {
                    continue;
                }

                if (!byPath.TryGetValue(full, out var result))
                {
                    if (!File.Exists(full))
                    {
                        continue;
                    }

                    // A pull request's plan could claim ~/.aws/credentials and have its lines quoted in the report.
                    if (!RepositoryRoot.Contains(repository, full))
                    {
                        stage.Findings.Add(OutsideRepository(plan, configFile));
                        continue;
                    }

                    result = LoadSafely(new InputFile(full, InputDiscovery.Display(full, options.WorkingDirectory), Explicit: true));
                    byPath[full] = result;
                    loaded.Add(result);
                }

                claimed.Add(full);
                facts.AddRange(result.Facts);
            }

            claims[plan.Id] = facts;
        }

        LinkScheduledScripts(loaded, options);
        foreach (var plan in plans)
        {
            var facts = claims[plan.Id];
            stage.Plans.Add(facts.Count > 0 ? InfraPlanBuilder.Join(plan, facts) : plan);
        }

        // Unclaimed files: one implicit plan per checked path, judged as production.
        foreach (var group in loaded.Where(r => r.Facts.Count > 0 && !claimed.Contains(r.File.FullPath)).GroupBy(r => RootOf(r.File, options)))
        {
            stage.Plans.Add(InfraPlanBuilder.Implicit(group.Key, group.SelectMany(r => r.Facts).ToList()));
        }

        stage.SkippedFiles.AddRange(loaded.Where(r => r.SkipReason is not null).Select(r => (r.File.DisplayPath, r.SkipReason!)));
        foreach (var result in loaded.Where(r => r.Read))
        {
            stage.ReadFiles.Add(result.File.DisplayPath);
            stage.ReadInputs.Add(result.File);
            stage.Findings.AddRange(result.Findings.Where(_ => !planFilesRead.Contains(result.File.FullPath)));
            if (result.Facts.Count > 0)
            {
                stage._sourceOf[result.File.DisplayPath] = result.Facts[0].Source;
            }

            // Settings read from a file the manifest names (a compose env_file) keep the manifest's source kind.
            foreach (var config in result.Facts.SelectMany(f => f.Configs))
            {
                stage._sourceOf.TryAdd(config.File, config.Source);
            }
        }

        return stage;
    }

    /// <summary>
    /// A cron line that runs a script found under the same checked path (matched by file name, and only when one script
    /// has that name) gives the script's commands its schedule and user, unless a command has its own. A cron table that
    /// runs no script bpl read and says nothing else about backups is not counted.
    /// </summary>
    private static void LinkScheduledScripts(List<InfraFileResult> loaded, CheckRequest options)
    {
        foreach (var group in loaded.GroupBy(r => RootOf(r.File, options)).ToList())
        {
            var scripts = group.Where(r => InfraFileKinds.Of(r.File.FullPath) is InfraFileKind.Shell or InfraFileKind.MaybeShell).SelectMany(r => r.Facts).ToList();
            foreach (var cron in group.Where(r => InfraFileKinds.Of(r.File.FullPath) == InfraFileKind.Cron && r.Facts.Count > 0))
            {
                var linked = false;
                foreach (var run in cron.Facts.SelectMany(f => f.ScheduledScripts))
                {
                    var name = Path.GetFileName(run.Path);
                    var targets = scripts.Where(f => Path.GetFileName(f.File) == name).ToList();
                    if (targets.Count != 1)
                    {
                        continue;
                    }

                    linked = true;
                    var jobs = targets[0].Jobs;
                    for (var i = 0; i < jobs.Count; i++)
                    {
                        jobs[i] = jobs[i] with { Schedule = jobs[i].Schedule ?? run.Schedule, RunAs = jobs[i].RunAs ?? run.RunAs };
                    }
                }

                if (!linked && !cron.Facts.Any(f => f.HasOwnFacts))
                {
                    loaded[loaded.IndexOf(cron)] = InfraFileResult.Skipped(cron.File);
                }
            }
        }
    }

    /// <summary>BPL001 on the configFiles entry that names a file outside the repository root.</summary>
    private static Finding OutsideRepository(BackupPlan plan, string configFile)
    {
        var entries = plan.Node.Get("spec")?.Get("dbms")?.Get("configFiles");
        var node = entries?.Items.FirstOrDefault(i => i.Text == configFile) ?? entries ?? plan.Node;
        return DiagnosticIds.Create(
            DiagnosticIds.ParseError,
            $"configFiles names '{configFile}', which is outside the repository root; it is not read, so none of its lines can reach a report "
                + "(name the file on the command line to check it)",
            node.Span,
            logicalPath: node.Pointer);
    }

    /// <summary>A finding a rule located in an infrastructure file says so (script, manifest or config) instead of "plan".</summary>
    public Finding Relabel(Finding finding) =>
        finding.Source == SourceKind.Plan && _sourceOf.TryGetValue(finding.Span.File, out var kind) ? finding with { Source = kind } : finding;

    /// <summary>The checked path a file was found under (the file itself when named directly), as displayed.</summary>
    private static string RootOf(InputFile file, CheckRequest options)
    {
        foreach (var path in options.Paths)
        {
            var full = Path.GetFullPath(path, options.WorkingDirectory);
            if (file.FullPath == full || file.FullPath.StartsWith(full.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                return InputDiscovery.Display(full, options.WorkingDirectory);
            }
        }

        return file.DisplayPath;
    }

    private static InfraFileResult LoadSafely(InputFile file)
    {
        try
        {
            return InfraLoader.Load(file);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            var problem = DiagnosticIds.Create(DiagnosticIds.ParseError, $"the file could not be read ({ex.GetType().Name}: {ex.Message})", SourceSpan.FileStart(file.DisplayPath), SourceKind.Script);
            return new InfraFileResult(file, true, [], [problem]);
        }
    }
}
