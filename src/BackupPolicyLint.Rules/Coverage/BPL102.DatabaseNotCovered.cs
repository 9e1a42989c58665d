using BackupPolicyLint.Analysis;
using BackupPolicyLint.Diagnostics;

namespace BackupPolicyLint.Rules.Coverage;

/// <summary>
/// Every declared standard database needs a backup or dump job. Composite databases hold no data and are
/// skipped; system is BPL101's concern.
/// </summary>
internal sealed class DatabaseNotCovered : PlanRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.DatabaseNotCovered,
        Name = "database-not-covered",
        Title = "A declared database is covered by no backup or dump job.",
        Category = RuleCategory.Coverage,
        Inputs = RuleInputs.Plan | RuleInputs.Inventory,
        Severities = DefaultSeverities.Parse("E/E/W"),
    };

    public override IEnumerable<Finding> Check(PlanContext context)
    {
        foreach (var database in context.Plan.Databases)
        {
            if (database.IsComposite || database.IsSystem || database.Name.Length == 0 || context.Plan.ProtectingJobs(database.Name).Any())
            {
                continue;
            }

            yield return context.Report(
                database,
                "name",
                $"Database '{database.Name}' is declared but no backup or dump job covers it; name it in a job's databases, or use \"*\"",
                Subjects.Database(database.Name));
        }
    }
}
