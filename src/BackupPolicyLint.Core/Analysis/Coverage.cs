using BackupPolicyLint.Model;

namespace BackupPolicyLint.Analysis;

/// <summary>Which jobs cover which databases (rules.md, "Coverage" and "Which jobs protect data").</summary>
internal static class Coverage
{
    /// <summary>True when the job names the database, or uses "*" and the database is not composite.</summary>
    public static bool Covers(this JobSpec job, string database, bool isComposite = false) =>
        job.CoveringRef(database, isComposite) is not null;

    /// <summary>The entry of the job's databases that covers the database: its name, else "*" (never for a composite), else null.</summary>
    public static NamedRef? CoveringRef(this JobSpec job, string database, bool isComposite = false) =>
        Named(job, database)
        ?? (isComposite ? null : Named(job, JobSpec.AllDatabases));

    /// <summary>
    /// The job's first entry with that name. A job naming many databases (one command with 40,000 of them) is indexed,
    /// since rules ask it once per database: a scan each time was databases × entries.
    /// </summary>
    private static NamedRef? Named(JobSpec job, string name)
    {
        if (job.Databases.Count < IndexedFrom)
        {
            foreach (var entry in job.Databases)
            {
                if (DatabaseName.Same(entry.Name, name))
                {
                    return entry;
                }
            }

            return null;
        }

        var index = JobIndexes.GetValue(job, j =>
        {
            var byName = new Dictionary<string, NamedRef>(j.Databases.Count, DatabaseName.Comparer);
            foreach (var entry in j.Databases)
            {
                byName.TryAdd(entry.Name, entry);
            }

            return byName;
        });
        return index.GetValueOrDefault(name);
    }

    private const int IndexedFrom = 32;

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<JobSpec, Dictionary<string, NamedRef>> JobIndexes = new();

    /// <summary>The backup and dump jobs that cover a database: the ones that count for coverage, intervals and off-site.</summary>
    public static IEnumerable<JobSpec> ProtectingJobs(this BackupPlan plan, string database) => IndexOf(plan).Protecting(database);

    /// <summary>The declared standard (non-composite) databases, by name: what per-database rules located on the entry judge.</summary>
    public static IEnumerable<DatabaseSpec> DeclaredStandardDatabases(this BackupPlan plan) =>
        plan.Databases.Where(d => !d.IsComposite && d.Name.Length > 0);

    /// <summary>Every database a plan speaks of: declared ones, then names jobs use that are not declared, then system.</summary>
    public static IReadOnlyList<string> DatabaseNames(this BackupPlan plan) => IndexOf(plan).Names;

    /// <summary>
    /// Rules ask, per database, which jobs protect it, and an estate's plan (or a generated script) can name thousands of
    /// databases and jobs: answered from one index per plan instead of a scan of every job per question (that was
    /// databases × jobs per rule, quadratic on a script of 16,000 backup lines).
    /// </summary>
    private static CoverageIndex IndexOf(BackupPlan plan) => Indexes.GetValue(plan, p => new CoverageIndex(p));

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<BackupPlan, CoverageIndex> Indexes = new();

    private sealed class CoverageIndex
    {
        private readonly BackupPlan _plan;

        // Positions in plan.Jobs, ascending. Lists of int and an iterator of this class, not LINQ over (int, JobSpec) tuples:
        // ReadyToRun code cannot hold a framework generic instantiated over a value tuple, so those were dozens of methods
        // JIT-compiled at every start (docs/performance.md, "Cold start").
        private readonly List<int> _all = [];
        private readonly Dictionary<string, List<int>> _named = new(DatabaseName.Comparer);
        private static readonly List<int> NoPositions = [];
        private readonly Dictionary<string, DatabaseSpec> _declared = new(DatabaseName.Comparer);

        public CoverageIndex(BackupPlan plan)
        {
            _plan = plan;
            foreach (var database in plan.Databases)
            {
                _declared.TryAdd(database.Name, database);
            }

            for (var i = 0; i < plan.Jobs.Count; i++)
            {
                var job = plan.Jobs[i];
                if (!job.ProtectsData)
                {
                    continue;
                }

                if (job.TargetsAll)
                {
                    _all.Add(i);
                }

                foreach (var name in job.Databases.Select(d => d.Name).Where(n => n != JobSpec.AllDatabases).Distinct(DatabaseName.Comparer))
                {
                    if (!_named.TryGetValue(name, out var jobs))
                    {
                        _named[name] = jobs = [];
                    }

                    jobs.Add(i);
                }
            }

            Names = BuildNames();
        }

        public IReadOnlyList<string> Names { get; }

        /// <summary>The jobs, in plan order, that name the database or use "*" (which covers no composite).</summary>
        public IEnumerable<JobSpec> Protecting(string database)
        {
            var named = _named.GetValueOrDefault(database) ?? NoPositions;
            var composite = _declared.TryGetValue(database, out var declared) && declared.IsComposite;
            return JobsAt(named, composite ? NoPositions : _all);
        }

        /// <summary>The jobs at the positions of either ascending list, each position once, in plan order.</summary>
        private IEnumerable<JobSpec> JobsAt(List<int> first, List<int> second)
        {
            var (i, j) = (0, 0);
            while (i < first.Count || j < second.Count)
            {
                int position;
                if (j == second.Count || (i < first.Count && first[i] < second[j]))
                {
                    position = first[i++];
                }
                else if (i == first.Count || second[j] < first[i])
                {
                    position = second[j++];
                }
                else
                {
                    position = first[i++];
                    j++;
                }

                yield return _plan.Jobs[position];
            }
        }

        private List<string> BuildNames()
        {
            var names = new List<string>();
            var known = new HashSet<string>(DatabaseName.Comparer);
            foreach (var db in _plan.Databases)
            {
                if (!db.IsComposite && db.Name.Length > 0 && known.Add(db.Name))
                {
                    names.Add(db.Name);
                }
            }

            foreach (var target in _plan.Jobs.SelectMany(j => j.Databases))
            {
                if (target.Name is not (JobSpec.AllDatabases or "") && !_declared.ContainsKey(target.Name) && known.Add(target.Name))
                {
                    names.Add(target.Name);
                }
            }

            if (known.Add(DatabaseSpec.System))
            {
                names.Add(DatabaseSpec.System);
            }

            return names;
        }
    }
}
