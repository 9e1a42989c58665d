using BackupPolicyLint.Analysis;
using BackupPolicyLint.Diagnostics;
using static BackupPolicyLint.Rules.Controls.ControlCatalog;

namespace BackupPolicyLint.Rules.BuiltIn.Method;

/// <summary>
/// neo4j-admin database copy is for compaction and migration, not a backup method: it writes a live store, not an
/// archive, leaves the schema to a Cypher file and cannot copy system. Neo4j's backup methods are backup and dump.
/// </summary>
internal sealed class CopyUsedAsBackup : PlanRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.CopyUsedAsBackup,
        Name = "copy-used-as-backup",
        Title = "A copy job is a database's only protection.",
        Category = RuleCategory.MethodAndEdition,
        Inputs = RuleInputs.Plan | RuleInputs.Scripts,
        Severities = DefaultSeverities.Parse("E/E/W"),
        Controls = [Cp9, IsoBackup, Soc2Recovery],
    };

    public override Applicability Applies(PlanContext context) => context.Plan.Jobs.Any(j => j.IsCopy)
        ? Applicability.Applicable
        : Applicability.NotApplicable("the plan has no copy job");

    public override IEnumerable<Finding> Check(PlanContext context)
    {
        var plan = context.Plan;
        foreach (var database in plan.DatabaseNames())
        {
            var copy = plan.Jobs.FirstOrDefault(j => j.IsCopy && j.Covers(database));
            if (copy is null || plan.ProtectingJobs(database).Any())
            {
                continue;
            }

            yield return context.Report(
                copy.CoveringRef(database)!.Node,
                $"Job '{copy.Name}' copies '{database}', and no backup or dump job covers it: `neo4j-admin database copy` writes a new store, "
                + $"not a backup artifact, and drops the schema store; add a `backup` or `dump` job that covers '{database}'",
                Subjects.Database(database));
        }
    }
}
