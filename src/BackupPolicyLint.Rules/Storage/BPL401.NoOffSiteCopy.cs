using BackupPolicyLint.Analysis;
using BackupPolicyLint.Diagnostics;
using static BackupPolicyLint.Rules.Controls.ControlCatalog;

namespace BackupPolicyLint.Rules.BuiltIn.Storage;

/// <summary>
/// A backup kept only next to the DBMS shares its fate (host failure, data-centre outage, ransomware, operator error).
/// Neo4j's planning guidance is to store backups off-site, or at least apart from production with no shared
/// dependencies. Judged per covered database, across every backup and dump job that covers it.
/// </summary>
internal sealed class NoOffSiteCopy : PlanRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.NoOffSiteCopy,
        Name = "no-off-site-copy",
        Title = "No backup of a database reaches an off-site storage.",
        Category = RuleCategory.StorageAndRetention,
        Inputs = RuleInputs.Plan | RuleInputs.Scripts,
        Severities = DefaultSeverities.Parse("E/E/W"),
        Controls = [Cp6, Cp9, IsoBackup, IsoContinuity, Soc2Recovery],
    };

    public override IEnumerable<Finding> Check(PlanContext context)
    {
        var plan = context.Plan;
        // Declared databases, and for infrastructure jobs the databases their commands name.
        var targets = plan.DeclaredStandardDatabases().Select(d => (d.Name, Element: (Model.ModelElement?)d, Node: d.At("name"))).ToList();
        foreach (var name in plan.DatabaseNames().Where(n => plan.FindDatabase(n) is null && plan.ProtectingJobs(n).Any(j => j.Origin is not null)))
        {
            var job = plan.ProtectingJobs(name).First(j => j.Origin is not null);
            targets.Add((name, null, (job.CoveringRef(name) ?? job.Databases.FirstOrDefault())?.Span ?? job.Span));
        }

        foreach (var (name, database, at) in targets)
        {
            var jobs = plan.ProtectingJobs(name).ToList();

            // Uncovered databases are BPL101/BPL102's; a storage name that is not declared (BPL003) could be off-site.
            if (jobs.Count == 0 || jobs.Exists(j => j.StorageTargets.Any(t => plan.FindStorage(t.Name) is null)))
            {
                continue;
            }

            var reached = jobs.SelectMany(plan.StoragesReached).DistinctBy(s => s.Name).ToList();
            if (reached.Exists(plan.IsOffSite))
            {
                continue;
            }

            var where = reached.Count == 0 ? "name no storage at all" : $"write only to {string.Join(", ", reached.Select(s => $"'{s.Name}'"))}, none of it off-site";
            yield return context.Report(
                at,
                database is null ? $"/databases/{name}" : database.Node.Entry("name")?.Value.Pointer ?? database.Node.Pointer,
                $"No backup of '{name}' reaches an off-site storage: the jobs that cover it ({string.Join(", ", jobs.Select(j => $"'{j.Name}'"))}) {where}; "
                + "add an off-site storage (an object-store bucket, or a share on a host outside the DBMS) to their copyTo or destination",
                Subjects.Database(name));
        }
    }
}
