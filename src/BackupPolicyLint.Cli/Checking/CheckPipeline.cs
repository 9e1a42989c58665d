using BackupPolicyLint.Analysis;
using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Engine;
using BackupPolicyLint.Loading.Discovery;
using BackupPolicyLint.Loading.Inventory;
using BackupPolicyLint.Loading.Plans;
using BackupPolicyLint.Loading.Policies;
using BackupPolicyLint.Model;
using BackupPolicyLint.Model.Inventory;
using BackupPolicyLint.Reporting;
using BackupPolicyLint.Rules;

namespace BackupPolicyLint.Cli.Checking;

/// <summary>
/// load inputs → resolve references → select packs → run rules → sort, fingerprint. One file's problems never stop
/// the others; only a run that cannot be done as asked throws <see cref="UsageException"/>.
/// </summary>
public static class CheckPipeline
{
    public static CheckReport Run(CheckOptions options)
    {
        var (files, missing) = InputDiscovery.Find(options.Paths, options.WorkingDirectory);
        if (missing.Count > 0)
        {
            throw new UsageException($"path '{missing[0]}' does not exist");
        }

        var policy = SelectPolicy(options);
        var inventories = LoadInventories(options);
        var results = files
            .AsParallel()
            .AsOrdered()
            .Select(LoadSafely)
            .ToList();

        var findings = new List<Finding>();
        var plans = new List<BackupPlan>();
        foreach (var result in results)
        {
            findings.AddRange(result.Findings);
            plans.AddRange(result.Plans);
        }

        findings.AddRange(DuplicatePlanNames(plans));
        foreach (var plan in plans)
        {
            findings.AddRange(ReferenceResolver.Check(plan));
        }

        findings.AddRange(new CheckEngine(RuleCatalog.All).Run(plans, policy, options.Now, plan => InventoryMatching.For(plan, inventories)));
        findings.Sort(FindingOrder.Instance);
        return new CheckReport(ToolInfo.Version, Fingerprints.Assign(findings), results.Count(r => r.Read), policy.Packs.ToList());
    }

    /// <summary>Snapshots first, in the order given, then the live DBMS; an unreadable one ends the run (it was asked for).</summary>
    private static List<DbmsInventory> LoadInventories(CheckOptions options)
    {
        var inventories = new List<DbmsInventory>();
        foreach (var file in options.InventoryFiles)
        {
            var full = Path.GetFullPath(file, options.WorkingDirectory);
            if (!File.Exists(full))
            {
                throw new UsageException($"--inventory '{file}' does not exist");
            }

            try
            {
                inventories.Add(InventorySnapshotReader.ReadFile(full, Path.GetRelativePath(options.WorkingDirectory, full).Replace('\\', '/')));
            }
            catch (InventorySnapshotException ex)
            {
                throw new UsageException(ex.Message);
            }
        }

        if (options.LiveInventory is { } collect)
        {
            inventories.Add(collect());
        }

        return inventories;
    }

    private static PolicySelection SelectPolicy(CheckOptions options)
    {
        try
        {
            var known = RuleCatalog.Ids;
            var builtIn = PolicyPackLoader.LoadBuiltIn(known);
            PolicyPack? forced = null;
            if (options.Policy is { } policy)
            {
                forced = builtIn.FirstOrDefault(p => p.Name == policy)
                    ?? (File.Exists(Path.GetFullPath(policy, options.WorkingDirectory))
                        ? PolicyPackLoader.LoadFile(Path.GetFullPath(policy, options.WorkingDirectory), known)
                        : throw new UsageException($"--policy '{policy}' is neither a built-in pack ({string.Join(", ", PolicyPackLoader.BuiltInNames)}) nor a file"));
            }

            return new PolicySelection(builtIn, forced);
        }
        catch (PolicyPackException ex)
        {
            throw new UsageException(ex.Message);
        }
    }

    /// <summary>A crash in a loader is a bug, but it must still end in a finding, not a stack trace.</summary>
    private static PlanFileResult LoadSafely(InputFile file)
    {
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

    private static IEnumerable<Finding> DuplicatePlanNames(IEnumerable<BackupPlan> plans)
    {
        var seen = new Dictionary<string, BackupPlan>(StringComparer.Ordinal);
        foreach (var plan in plans)
        {
            if (seen.TryGetValue(plan.Name, out var first))
            {
                var node = plan.Node.Get("metadata")?.Get("name") ?? plan.Node;
                yield return DiagnosticIds.Create(
                    DiagnosticIds.SchemaViolation,
                    $"plan name '{plan.Name}' is already used by {first.File}:{first.Span.Line}; metadata.name must be unique within the checked set",
                    node.Span,
                    subject: plan.Name,
                    logicalPath: node.Pointer);
            }
            else
            {
                seen[plan.Name] = plan;
            }
        }
    }
}
