using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Model;
using BackupPolicyLint.Model.Inventory;
using static BackupPolicyLint.Rules.Controls.ControlCatalog;

namespace BackupPolicyLint.Rules.BuiltIn.Drift;

/// <summary>
/// In a cluster not every server hosts every database; a backup from a server that has no copy fails over to the next
/// <c>from</c> address at best, and fails at worst. A source is matched to a live server by host (the plan's server
/// name resolves to its address); a source the inventory does not know is not judged. A job with remote address
/// resolution is not judged either: the DBMS then picks a server that hosts the database.
/// </summary>
internal sealed class BackupSourceNotHosting : PlanRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.BackupSourceNotHosting,
        Name = "backup-source-not-hosting",
        Title = "A backup source ('from') does not host a database the job backs up.",
        Category = RuleCategory.LiveInventory,
        Inputs = RuleInputs.Plan | RuleInputs.Inventory,
        Severities = DefaultSeverities.Parse("W/W/N"),
        Controls = [Cp9, IsoBackup, Soc2Recovery],
        Requires = RuleRequirements.Inventory,
    };

    /// <summary>Judged only when a job's 'from' source is a server the live databases show: pass means compared.</summary>
    public override Applicability Applies(PlanContext context)
    {
        var inventory = context.RequiredInventory;

        var sources = JudgedJobs(context.Plan).SelectMany(j => j.From).ToList();
        if (sources.Count == 0)
        {
            return Applicability.NotApplicable("no backup job names 'from' sources without remote address resolution (the DBMS then picks a hosting server)");
        }

        if (!inventory.Has(InventoryParts.Databases))
        {
            return Applicability.NotEvaluated($"the live databases could not be collected ({RuleIds.InventoryIncomplete})");
        }

        return sources.Any(s => Hosted(context.Plan, inventory, s.Name) is not null)
            ? Applicability.Applicable
            : Applicability.NotEvaluated("no 'from' source is a server the live inventory knows");
    }

    public override IEnumerable<Finding> Check(PlanContext context)
    {
        // Applies answered only when the live databases were collected.
        var inventory = context.RequiredInventory;

        foreach (var job in JudgedJobs(context.Plan))
        {
            var databases = DatabaseNotOnline.Targets(job, inventory).Select(t => t.Name).Where(n => inventory.FindDatabase(n) is { IsComposite: false }).ToList();
            foreach (var source in job.From)
            {
                if (Hosted(context.Plan, inventory, source.Name) is not { } hosted)
                {
                    continue;
                }

                var missing = databases.Where(d => !hosted.Hosting.Contains(d, DatabaseName.Comparer)).ToList();
                if (missing.Count == 0)
                {
                    continue;
                }

                yield return context.ReportInventory(
                    source.Node,
                    $"Job '{job.Name}' backs up {string.Join(", ", missing.Select(m => $"'{m}'"))} from '{source.Name}', but on {LiveLocations.Describe(inventory)} "
                    + $"server {hosted.Server} does not host {(missing.Count == 1 ? "it" : "them")} (it hosts {(hosted.Hosting.Count == 0 ? "nothing" : string.Join(", ", hosted.Hosting))}); "
                    + "name a server that hosts each database, or use remoteAddressResolution (2025.09+)",
                    Subjects.Job(job));
            }
        }
    }

    private static IEnumerable<JobSpec> JudgedJobs(BackupPlan plan) => plan.Jobs.Where(j => j.IsBackup && j.RemoteAddressResolution != true);

    /// <summary>The live server behind a source and what it hosts: SHOW SERVERS when collected, else the SHOW DATABASES rows at that host.</summary>
    private static (string Server, IReadOnlyList<string> Hosting)? Hosted(BackupPlan plan, DbmsInventory inventory, string source)
    {
        var host = HostNames.HostOf(source);
        var hosts = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { host };
        foreach (var server in plan.Dbms?.Servers ?? [])
        {
            if (server.IsHost(host))
            {
                hosts.Add(server.Name);
                if (server.AddressHost is { } address)
                {
                    hosts.Add(address);
                }
            }
        }

        if (inventory.Servers.FirstOrDefault(s => s.AddressHost is { } a && hosts.Contains(a)) is { } live)
        {
            return (live.Name == live.Address ? live.Name : $"'{live.Name}' ({live.Address})", live.Hosting);
        }

        var rows = inventory.Databases.Where(d => d.AddressHost is { } a && hosts.Contains(a)).ToList();
        return rows.Count == 0 ? null : ($"'{rows[0].Address}'", rows.Select(r => r.Name).Distinct(StringComparer.Ordinal).ToList());
    }
}
