using BackupPolicyLint.Analysis;
using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Model;

namespace BackupPolicyLint.Rules.Coverage;

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
    };

    public override IEnumerable<Finding> Check(PlanContext context)
    {
        var plan = context.Plan;
        if (plan.ProtectingJobs(DatabaseSpec.System).Any())
        {
            yield break;
        }

        var message = "No job backs up the 'system' database, which holds users, roles, privileges and the state of every database; "
            + "add 'system' to a backup job's databases, or use \"*\"";
        var declared = plan.FindDatabase(DatabaseSpec.System);
        yield return declared is not null
            ? context.Report(declared, "name", message, Subjects.Database(DatabaseSpec.System))
            : context.Report(plan.SpecNode.Entry("jobs")?.Key ?? plan.SpecNode, message, Subjects.Database(DatabaseSpec.System));
    }
}
