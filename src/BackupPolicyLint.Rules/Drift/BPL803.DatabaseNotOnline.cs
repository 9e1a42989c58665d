using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Model;
using BackupPolicyLint.Model.Inventory;
using static BackupPolicyLint.Rules.Controls.ControlCatalog;

namespace BackupPolicyLint.Rules.BuiltIn.Drift;

/// <summary>
/// An online backup reads a running database; one that is offline, quarantined or failed on every server it is
/// allocated to cannot be backed up, so the job fails every night until someone looks. A database online on at least
/// one allocation can still be backed up (BPL804 says when the job asks the wrong server).
/// </summary>
internal sealed class DatabaseNotOnline : PlanRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.DatabaseNotOnline,
        Name = "database-not-online",
        Title = "A database that an online backup job targets is not online on the live DBMS.",
        Category = RuleCategory.LiveInventory,
        Inputs = RuleInputs.Plan | RuleInputs.Inventory,
        Severities = DefaultSeverities.Parse("E/E/W"),
        Controls = [Cp9, IsoBackup, Soc2Recovery],
        Requires = RuleRequirements.Inventory,
    };

    /// <summary>Judged only when the live databases were collected and hold a database a backup job targets: pass means compared.</summary>
    public override Applicability Applies(PlanContext context)
    {
        var inventory = context.RequiredInventory;

        var jobs = context.Plan.Jobs.Where(j => j.IsBackup).ToList();
        if (jobs.Count == 0)
        {
            return Applicability.NotApplicable("no job takes an online backup");
        }

        if (!inventory.Has(InventoryParts.Databases))
        {
            return Applicability.NotEvaluated($"the live databases could not be collected ({RuleIds.InventoryIncomplete})");
        }

        return jobs.SelectMany(j => Targets(j, inventory)).Any(t => inventory.FindDatabase(t.Name) is not null)
            ? Applicability.Applicable
            : Applicability.NotEvaluated("none of the databases the backup jobs target is in the live inventory");
    }

    public override IEnumerable<Finding> Check(PlanContext context)
    {
        // Applies answered only when the live databases were collected.
        var inventory = context.RequiredInventory;

        foreach (var job in context.Plan.Jobs.Where(j => j.IsBackup))
        {
            foreach (var (name, target) in Targets(job, inventory))
            {
                var rows = inventory.RowsOf(name);
                if (rows.Count == 0 || rows[0].IsComposite || rows.Any(r => r.IsOnline))
                {
                    continue;
                }

                var states = string.Join(", ", rows.Select(r => $"{r.CurrentStatus ?? "unknown"}{(r.Address is null ? "" : $" on {r.Address}")}{(string.IsNullOrEmpty(r.StatusMessage) ? "" : $" ({r.StatusMessage})")}"));
                yield return context.ReportInventory(
                    target.Node,
                    $"Job '{job.Name}' backs up '{name}' online, but on {LiveLocations.Describe(inventory)} it is not online anywhere ({states}), so the backup fails; "
                    + $"start it (START DATABASE {name}), or take it out of the job if it is retired",
                    Subjects.Job(job));
            }
        }
    }

    /// <summary>Each database the job targets with the entry that names it; "*" stands for every live standard database and system.</summary>
    internal static IEnumerable<(string Name, NamedRef Target)> Targets(JobSpec job, DbmsInventory inventory)
    {
        var seen = new HashSet<string>(DatabaseName.Comparer);
        foreach (var target in job.Databases)
        {
            var names = target.Name == JobSpec.AllDatabases
                ? inventory.DatabaseNames.Where(n => !inventory.FindDatabase(n)!.IsComposite)
                : [target.Name];
            foreach (var name in names.Where(seen.Add))
            {
                yield return (name, target);
            }
        }
    }
}
