using BackupPolicyLint.Analysis;
using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Model;

namespace BackupPolicyLint.Evaluation;

/// <summary>
/// BPL003: names of storages and servers that the plan does not declare. Database names are not checked
/// here: a job naming an undeclared database is BPL104 (rules.md, shared semantics).
/// </summary>
internal static class ReferenceResolver
{
    public static IEnumerable<Finding> Check(BackupPlan plan)
    {
        foreach (var job in plan.Jobs)
        {
            foreach (var target in job.StorageTargets)
            {
                if (plan.FindStorage(target.Name) is null)
                {
                    yield return Unresolved(plan, target, $"job '{job.Name}' writes to storage '{target.Name}', which spec.storage does not declare{Hint(target.Name, plan.Storage.Select(s => s.Name))}", $"jobs/{job.Name}");
                }
            }

            var servers = plan.Dbms?.Servers ?? [];
            if (servers.Count == 0)
            {
                continue;
            }

            foreach (var source in job.From)
            {
                if (!servers.Any(s => s.IsHost(source.Name)))
                {
                    yield return Unresolved(plan, source, $"job '{job.Name}' backs up from '{source.Name}', which is neither the name nor the address of a server in spec.dbms.servers", $"jobs/{job.Name}");
                }
            }
        }

        if (plan.Retention?.Archive?.Storage is { } archive && plan.FindStorage(archive.Name) is null)
        {
            yield return Unresolved(plan, archive, $"retention.archive.storage names '{archive.Name}', which spec.storage does not declare{Hint(archive.Name, plan.Storage.Select(s => s.Name))}", "retention/archive");
        }

        var files = plan.AdditionalFiles;
        foreach (var (key, spec) in new[] { ("config", files?.Config), ("sslMaterial", files?.SslMaterial), ("plugins", files?.Plugins), ("licenses", files?.Licenses) })
        {
            foreach (var copy in spec?.CopyTo ?? [])
            {
                if (plan.FindStorage(copy.Name) is null)
                {
                    yield return Unresolved(plan, copy, $"additionalFiles.{key}.copyTo names '{copy.Name}', which spec.storage does not declare{Hint(copy.Name, plan.Storage.Select(s => s.Name))}", $"additionalFiles/{key}");
                }
            }
        }
    }

    private static Finding Unresolved(BackupPlan plan, NamedRef reference, string message, string subject) =>
        DiagnosticIds.Create(DiagnosticIds.UnresolvedReference, message, reference.Span, subject: plan.SubjectOf(subject), logicalPath: reference.Node.Pointer);

    private static string Hint(string name, IEnumerable<string> candidates)
    {
        var best = Similarity.Closest(name, candidates);
        return best is null ? "" : $"; did you mean '{best}'?";
    }
}
