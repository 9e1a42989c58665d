using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Model.Inventory;
using BackupPolicyLint.Rules.BuiltIn.Drift;
using static BackupPolicyLint.Rules.Controls.ControlCatalog;

namespace BackupPolicyLint.Rules.BuiltIn.Coverage;

/// <summary>
/// A composite database holds no data of its own: neo4j-admin cannot back it up; its constituents must be. With an
/// inventory, a name the plan does not declare composite but the live DBMS has as a composite is judged too.
/// </summary>
internal sealed class CompositeDatabaseTargeted : PlanRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.CompositeDatabaseTargeted,
        Name = "composite-database-targeted",
        Title = "A job names a composite database, which holds no data to back up.",
        Category = RuleCategory.Coverage,
        Inputs = RuleInputs.Plan | RuleInputs.Inventory,
        Severities = DefaultSeverities.Parse("E/E/E"),
        Controls = [Cp9, IsoBackup, Soc2Recovery],
    };

    public override IEnumerable<Finding> Check(PlanContext context)
    {
        foreach (var job in context.Plan.Jobs)
        {
            foreach (var target in job.Databases)
            {
                if (context.Plan.FindDatabase(target.Name) is not { IsComposite: true } composite)
                {
                    if (LiveComposite(context, target.Name) is { } live)
                    {
                        yield return context.ReportInventory(
                            target.Node,
                            $"Job '{job.Name}' names '{target.Name}', which is a composite database on {LiveLocations.Describe(context.Inventory!)}: it holds no data and cannot be backed up; "
                            + (live.Constituents.Count > 0 ? $"back up its constituents ({string.Join(", ", live.Constituents)}) instead" : "back up its constituent databases instead"),
                            Subjects.Job(job));
                    }

                    continue;
                }

                var constituents = composite.Constituents.Count > 0
                    ? $"back up its constituents ({string.Join(", ", composite.Constituents)}) instead"
                    : "back up its constituent databases instead";
                yield return context.Report(
                    target.Node,
                    $"Job '{job.Name}' names composite database '{target.Name}', which holds no data and cannot be backed up; {constituents}",
                    Subjects.Job(job));
            }
        }
    }

    private static InventoryDatabase? LiveComposite(PlanContext context, string name) =>
        context.Inventory is { } inventory && inventory.Has(InventoryParts.Databases) && inventory.FindDatabase(name) is { IsComposite: true } live ? live : null;
}
