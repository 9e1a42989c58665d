using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Model;
using BackupPolicyLint.Model.Inventory;
using BackupPolicyLint.Rules.BuiltIn.Drift;
using static BackupPolicyLint.Rules.Controls.ControlCatalog;

namespace BackupPolicyLint.Rules.BuiltIn.Coverage;

/// <summary>
/// A job naming a database the plan does not declare is either a typo (the real database goes unprotected)
/// or a gap in the plan. "*" and system (which every DBMS has) are exempt. With an inventory, a declared name the live
/// DBMS has neither as a database nor as an alias is judged too (an undeclared one is already reported).
/// </summary>
internal sealed class UnknownDatabaseTargeted : PlanRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.UnknownDatabaseTargeted,
        Name = "unknown-database-targeted",
        Title = "A job names a database that the plan does not declare.",
        Category = RuleCategory.Coverage,
        Inputs = RuleInputs.Plan | RuleInputs.Inventory,
        Severities = DefaultSeverities.Parse("W/W/N"),
        Controls = [Cp9, IsoBackup, Soc2Recovery],
    };

    public override IEnumerable<Finding> Check(PlanContext context)
    {
        var declared = context.Plan.Databases.Select(d => d.Name).ToList();
        var inventory = context.Inventory is { } collected && collected.Has(InventoryParts.Databases) ? collected : null;
        foreach (var job in context.Plan.Jobs)
        {
            foreach (var target in job.Databases)
            {
                if (target.Name == JobSpec.AllDatabases || DatabaseName.Same(target.Name, DatabaseSpec.System))
                {
                    continue;
                }

                if (inventory is not null && inventory.FindDatabase(target.Name) is null
                    && inventory.Databases.FirstOrDefault(d => d.Aliases.Any(a => DatabaseName.Same(a, target.Name))) is { } aliased)
                {
                    yield return context.ReportInventory(
                        target.Node,
                        $"Job '{job.Name}' names '{target.Name}', which on {LiveLocations.Describe(inventory)} is an alias of database '{aliased.Name}', not a database: "
                        + $"neo4j-admin backs up databases by name, never through an alias, so this entry backs up nothing; name '{aliased.Name}' instead",
                        Subjects.Job(job));
                    continue;
                }

                if (declared.Exists(d => DatabaseName.Same(d, target.Name)))
                {
                    if (inventory is not null && inventory.FindDatabase(target.Name) is null)
                    {
                        var liveHint = Analysis.Similarity.Closest(target.Name, inventory.DatabaseNames) is { } liveClose ? $"; did you mean '{liveClose}'?" : "; create it, or remove it from the plan";
                        yield return context.ReportInventory(target.Node, $"Job '{job.Name}' names database '{target.Name}', which {LiveLocations.Describe(inventory)} does not have{liveHint}", Subjects.Job(job));
                    }

                    continue;
                }

                var hint = Analysis.Similarity.Closest(target.Name, declared) is { } close ? $"; did you mean '{close}'?" : "; declare it under spec.databases";
                yield return context.Report(target.Node, $"Job '{job.Name}' names database '{target.Name}', which spec.databases does not declare{hint}", Subjects.Job(job));
            }
        }
    }
}
