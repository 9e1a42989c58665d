using BackupPolicyLint.Model;

namespace BackupPolicyLint.Analysis;

/// <summary>Which jobs cover which databases (rules.md, "Coverage" and "Which jobs protect data").</summary>
public static class Coverage
{
    /// <summary>True when the job names the database, or uses "*" and the database is not composite.</summary>
    public static bool Covers(this JobSpec job, string database, bool isComposite = false) =>
        job.CoveringRef(database, isComposite) is not null;

    /// <summary>The entry of the job's databases that covers the database: its name, else "*" (never for a composite), else null.</summary>
    public static NamedRef? CoveringRef(this JobSpec job, string database, bool isComposite = false) =>
        job.Databases.FirstOrDefault(d => DatabaseName.Same(d.Name, database))
        ?? (isComposite ? null : job.Databases.FirstOrDefault(d => d.Name == JobSpec.AllDatabases));

    /// <summary>The backup and dump jobs that cover a database: the ones that count for coverage, intervals and off-site.</summary>
    public static IEnumerable<JobSpec> ProtectingJobs(this BackupPlan plan, string database)
    {
        var composite = plan.FindDatabase(database)?.IsComposite ?? false;
        return plan.Jobs.Where(job => job.ProtectsData && job.Covers(database, composite));
    }

    /// <summary>The declared standard (non-composite) databases, by name: what per-database rules located on the entry judge.</summary>
    public static IEnumerable<DatabaseSpec> DeclaredStandardDatabases(this BackupPlan plan) =>
        plan.Databases.Where(d => !d.IsComposite && d.Name.Length > 0);

    /// <summary>Every database a plan speaks of: declared ones, then names jobs use that are not declared, then system.</summary>
    public static IReadOnlyList<string> DatabaseNames(this BackupPlan plan)
    {
        var names = new List<string>();
        bool Known(string name) => names.Exists(n => DatabaseName.Same(n, name));
        foreach (var db in plan.Databases)
        {
            if (!db.IsComposite && db.Name.Length > 0 && !Known(db.Name))
            {
                names.Add(db.Name);
            }
        }

        foreach (var target in plan.Jobs.SelectMany(j => j.Databases))
        {
            if (target.Name is not (JobSpec.AllDatabases or "") && plan.FindDatabase(target.Name) is null && !Known(target.Name))
            {
                names.Add(target.Name);
            }
        }

        if (!Known(DatabaseSpec.System))
        {
            names.Add(DatabaseSpec.System);
        }

        return names;
    }
}
