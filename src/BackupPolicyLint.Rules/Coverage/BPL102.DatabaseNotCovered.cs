using BackupPolicyLint.Analysis;
using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Model.Inventory;
using BackupPolicyLint.Rules.BuiltIn.Drift;
using static BackupPolicyLint.Rules.Controls.ControlCatalog;

namespace BackupPolicyLint.Rules.BuiltIn.Coverage;

/// <summary>
/// Every declared standard database needs a backup or dump job. Composite databases hold no data and are
/// skipped; system is BPL101's concern. With an inventory, every standard database the live DBMS has and the
/// plan does not declare is judged too, located on the <c>databases</c> key.
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
        Controls = [Cp9, IsoBackup, Soc2Recovery],
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

        foreach (var finding in UncoveredConstituents(context))
        {
            yield return finding;
        }

        if (context.Inventory is not { } inventory || !inventory.Has(InventoryParts.Databases))
        {
            yield break;
        }

        foreach (var name in inventory.DatabaseNames)
        {
            var live = inventory.FindDatabase(name)!;
            if (live.IsComposite || live.IsSystem || context.Plan.FindDatabase(name) is not null || context.Plan.ProtectingJobs(name).Any())
            {
                continue;
            }

            yield return context.ReportInventory(
                LiveLocations.DatabasesKey(context.Plan),
                $"Database '{name}' exists on {LiveLocations.Describe(inventory)}, but spec.databases does not declare it and no backup or dump job covers it; "
                + "declare it and name it in a job's databases, or use \"*\"",
                Subjects.Database(name));
        }
    }

    /// <summary>
    /// A composite holds no data: each of its constituents must be backed up for it to be restorable. A constituent the plan
    /// also declares is judged at its declaration (above); one it does not declare is judged here, at the constituent.
    /// </summary>
    private static IEnumerable<Finding> UncoveredConstituents(PlanContext context)
    {
        var plan = context.Plan;
        foreach (var composite in plan.Databases.Where(d => d.IsComposite))
        {
            var entries = composite.Node.Get("constituents") is { IsSequence: true } list ? list.Items.Where(i => i.IsScalar && !i.IsNull) : [];
            foreach (var entry in entries)
            {
                if (plan.FindDatabase(entry.Value) is not null || plan.ProtectingJobs(entry.Value).Any())
                {
                    continue;
                }

                yield return context.Report(
                    entry,
                    $"Database '{entry.Value}' is a constituent of composite database '{composite.Name}', but no backup or dump job covers it, "
                    + $"so '{composite.Name}' cannot be restored whole; name '{entry.Value}' in a job's databases, or use \"*\"",
                    Subjects.Database(entry.Value));
            }
        }
    }
}
