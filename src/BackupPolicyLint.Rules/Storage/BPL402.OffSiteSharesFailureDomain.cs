using BackupPolicyLint.Analysis;
using BackupPolicyLint.Diagnostics;
using static BackupPolicyLint.Rules.Controls.ControlCatalog;

namespace BackupPolicyLint.Rules.BuiltIn.Storage;

/// <summary>
/// An off-site copy does not help if it fails together with the DBMS. Neo4j's planning guidance asks for backups with
/// no shared dependencies: in the cloud, another availability zone or another provider. Judged for the off-site
/// storages that backup and dump jobs write to, against every DBMS server's zone and site.
/// </summary>
internal sealed class OffSiteSharesFailureDomain : PlanRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.OffSiteSharesFailureDomain,
        Name = "off-site-shares-failure-domain",
        Title = "An off-site backup storage is in the same zone or site as a DBMS server.",
        Category = RuleCategory.StorageAndRetention,
        Inputs = RuleInputs.Plan,
        Severities = DefaultSeverities.Parse("W/W/N"),
        Controls = [Cp6, IsoBackup, IsoContinuity, Soc2Recovery],
    };

    public override IEnumerable<Finding> Check(PlanContext context)
    {
        var plan = context.Plan;
        var reached = plan.Jobs.Where(j => j.ProtectsData).SelectMany(plan.StoragesReached).Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var storage in plan.Storage)
        {
            if (!reached.Contains(storage.Name) || !plan.IsOffSite(storage) || plan.SharedFailureDomain(storage) is not (var server, var key))
            {
                continue;
            }

            var value = key == "zone" ? storage.Zone : storage.Site;
            var fix = key == "zone"
                ? "move the copy to another availability zone and, against regional outages, another region or provider"
                : "move the copy to another region or provider (e.g. a bucket in another region, or a second copy step)";
            yield return context.Report(
                storage,
                key,
                $"Off-site storage '{storage.Name}' is in {key} '{value}', like DBMS server '{server.Name}', so an outage of that {key} takes "
                + $"the backups with the DBMS; {fix}, or correct zone/site if the labels are wrong",
                Subjects.Storage(storage));
        }
    }
}
