using BackupPolicyLint.Analysis;
using BackupPolicyLint.Diagnostics;

namespace BackupPolicyLint.Rules.Method;

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
    };

    public override Applicability Applies(PlanContext context) => context.Plan.Jobs.Any(j => j.IsBackup && j.IsDifferential)
        ? Applicability.Applicable
        : Applicability.NotApplicable("the plan takes no differential backups");

    public override IEnumerable<Finding> Check(PlanContext context)
    {
        var plan = context.Plan;
        foreach (var database in plan.DatabaseNames())
        {
            var diff = plan.Jobs.FirstOrDefault(j => j.IsBackup && j.IsDifferential && j.Covers(database));
            if (diff is null || plan.Jobs.Any(j => j.AnchorsChain && j.Covers(database)))
            {
                continue;
            }

            var at = diff.CoveringRef(database)!;
            yield return context.Report(
                at.Node,
                $"Job '{diff.Name}' takes differential backups of '{database}', but no `full` or `auto` backup job covers '{database}', "
                + "so the chain has no full artifact to start from; add a full backup job for it into the same destination, or make the job `type: auto`",
                Subjects.Database(database));
        }
    }
}
