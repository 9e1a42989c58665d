using BackupPolicyLint.Analysis;
using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Model;
using static BackupPolicyLint.Rules.Controls.ControlCatalog;

namespace BackupPolicyLint.Rules.BuiltIn.Method;

/// <summary>
/// A differential holds only the transactions since its parent, so restoring it needs the full artifact its chain
/// starts from; neo4j-admin backup --type=DIFF fails without a chain. Only a full or auto backup anchors one.
/// </summary>
internal sealed class DifferentialWithoutFull : PlanRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.DifferentialWithoutFull,
        Name = "differential-without-full",
        Title = "A database has differential backup jobs but no full or auto backup job to anchor the chain.",
        Category = RuleCategory.MethodAndEdition,
        Inputs = RuleInputs.Plan,
        Severities = DefaultSeverities.Parse("E/E/W"),
        Controls = [Cp9, Cp10, IsoBackup, Soc2Recovery],
    };

    public override Applicability Applies(PlanContext context) => context.Plan.Jobs.Any(j => j.IsBackup && j.IsDifferential)
        ? Applicability.Applicable
        : Applicability.NotApplicable("the plan takes no differential backups");

    public override IEnumerable<Finding> Check(PlanContext context)
    {
        var plan = context.Plan;
        foreach (var database in plan.DatabaseNames())
        {
            // The covering jobs come from the plan's coverage index: a scan of every job per database was quadratic.
            var covering = plan.ProtectingJobs(database).ToList();
            var diff = covering.Find(j => j.IsBackup && j.IsDifferential);
            if (diff is null || covering.Exists(j => j.AnchorsChain))
            {
                continue;
            }

            yield return context.Report(
                diff.CoveringRef(database)!.Node,
                $"Job '{diff.Name}' takes differential backups of '{database}', but no `full` or `auto` backup job covers '{database}', "
                + "so the chain has no full artifact to start from; add a full backup job for it into the same destination, or make the job `type: auto`",
                Subjects.Database(database));
        }

        foreach (var finding in FullsElsewhere(context))
        {
            yield return finding;
        }
    }

    /// <summary>
    /// neo4j-admin builds a chain in the location it writes to: a differential finds its parent only there. A differential
    /// whose databases have fulls, but none in its destination, has no chain either; one finding per job, at its destination.
    /// </summary>
    private static IEnumerable<Finding> FullsElsewhere(PlanContext context)
    {
        var plan = context.Plan;
        var known = plan.DatabaseNames().ToHashSet(DatabaseName.Comparer);
        foreach (var diff in plan.Jobs.Where(j => j.IsBackup && j.IsDifferential && j.Destination is not null))
        {
            var destination = diff.Destination!;
            var stranded = new List<(string Database, List<JobSpec> Anchors)>();
            var covered = diff.TargetsAll
                ? plan.DatabaseNames()
                : diff.Databases.Select(d => d.Name).Where(known.Contains).Distinct(DatabaseName.Comparer);
            foreach (var database in covered)
            {
                var anchors = plan.ProtectingJobs(database).Where(j => j.AnchorsChain).ToList();
                if (anchors.Count > 0 && !anchors.Exists(a => a.Destination is null || a.Destination.Name == destination.Name))
                {
                    stranded.Add((database, anchors));
                }
            }

            if (stranded.Count == 0)
            {
                continue;
            }

            var databases = string.Join(", ", stranded.Select(s => $"'{s.Database}'"));
            var fulls = string.Join(", ", stranded.SelectMany(s => s.Anchors).Distinct().Select(a => $"'{a.Name}' to '{a.Destination!.Name}'"));
            yield return context.Report(
                destination.Node,
                $"Job '{diff.Name}' takes differential backups of {databases} into '{destination.Name}', but the full backups go elsewhere ({fulls}), "
                + "and a differential's parent must be in the location it is written to, so this chain has no full artifact to start from; "
                + $"write a full (or `type: auto`) backup into '{destination.Name}' too, or send the differentials where the fulls go",
                Subjects.Job(diff));
        }
    }
}
