using BackupPolicyLint.Analysis;
using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Model;
using static BackupPolicyLint.Rules.Controls.ControlCatalog;

namespace BackupPolicyLint.Rules.BuiltIn.Coverage;

/// <summary>
/// The system database holds users, roles, privileges and the state of every database; Neo4j's guidance is to
/// back it up with the others. Only backup and dump jobs count; "*" covers system.
/// </summary>
internal sealed class SystemDatabaseNotCovered : PlanRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.SystemDatabaseNotCovered,
        Name = "system-database-not-covered",
        Title = "No backup or dump job covers the system database.",
        Category = RuleCategory.Coverage,
        Inputs = RuleInputs.Plan | RuleInputs.Scripts | RuleInputs.Inventory,
        Severities = DefaultSeverities.Parse("E/E/W"),
        Controls = [Cp9, IsoBackup, Soc2Recovery],

        // Neo4j 3.x has one database and no system database (users and roles live in data/dbms).
        RequiresFeature = Neo4jFeature.SystemDatabase,
    };

    public override IEnumerable<Finding> Check(PlanContext context)
    {
        var plan = context.Plan;
        if (plan.ProtectingJobs(DatabaseSpec.System).Any())
        {
            yield break;
        }

        if (plan.IsImplicit)
        {
            // Infrastructure without a plan: each command that protects data, located on what it names (or on the
            // command when it names nothing and so backs up only the default database, neo4j).
            var jobs = plan.Jobs.Where(j => j.ProtectsData).ToList();
            if (jobs.Exists(j => j.Databases.Any(d => IsUnknown(d.Name))))
            {
                // A database list bpl cannot expand ("$db" from a query at run time, an argument never given): system may be in it.
                yield break;
            }

            foreach (var job in jobs.Count > 0 ? jobs : plan.Jobs.Take(1))
            {
                var names = job.Databases.Count == 0 ? "no database" : string.Join(", ", job.Databases.Select(d => $"'{d.Name}'"));
                var defaulted = job.Databases.Count == 1 && job.Databases[0].Node.Span == job.Span ? " (no database is named, so only the default, 'neo4j')" : "";
                yield return context.Report(
                    job,
                    "databases",
                    $"`{job.Origin?.Tool ?? job.Command}` covers {names}{defaulted}, and no command found backs up the 'system' database, which holds users, roles, "
                    + "privileges and the state of every database; name system as well (e.g. `neo4j-admin database backup --to-path=… neo4j system`), or back up \"*\"",
                    Subjects.Job(job));
            }

            yield break;
        }

        static bool IsUnknown(string name) => name.Contains('$', StringComparison.Ordinal) || name.Contains('`', StringComparison.Ordinal);

        var message = "No job backs up the 'system' database, which holds users, roles, privileges and the state of every database; "
            + "add 'system' to a backup job's databases, or use \"*\"";
        var declared = plan.FindDatabase(DatabaseSpec.System);
        yield return declared is not null
            ? context.Report(declared, "name", message, Subjects.Database(DatabaseSpec.System))
            : context.Report(plan.SpecNode.Entry("jobs")?.Key ?? plan.SpecNode, message, Subjects.Database(DatabaseSpec.System));
    }
}
