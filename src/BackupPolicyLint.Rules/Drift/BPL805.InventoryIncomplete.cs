using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Model.Inventory;
using static BackupPolicyLint.Rules.Controls.ControlCatalog;

namespace BackupPolicyLint.Rules.BuiltIn.Drift;

/// <summary>
/// Every check against the live DBMS is only as good as what was collected: a refused, unsupported or timed-out part
/// silently turns those checks off. Each missing part is reported, on <c>spec.dbms.inventory</c> or the <c>dbms</c> key.
/// </summary>
internal sealed class InventoryIncomplete : PlanRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.InventoryIncomplete,
        Name = "inventory-incomplete",
        Title = "Part of the live inventory could not be collected, so the checks that need it were skipped.",
        Category = RuleCategory.LiveInventory,
        Inputs = RuleInputs.Inventory,
        Severities = DefaultSeverities.Parse("E/E/W"),
        Controls = [Cp9, IsoBackup, Soc2Recovery],
        Requires = RuleRequirements.Inventory,
    };

    public override IEnumerable<Finding> Check(PlanContext context)
    {
        var inventory = context.RequiredInventory;
        foreach (var item in inventory.Incomplete)
        {
            var message = inventory.IsCommunity && item.Part == InventoryParts.Servers
                ? CommunityLacks(inventory)
                : $"The {item.Part} of {LiveLocations.Describe(inventory)} could not be collected: {item.Reason}; the checks that need them were skipped. "
                    + "Grant the collecting user the read-only privileges listed in docs/inventory.md, or collect again";
            yield return context.Plan.Dbms is { } dbms && dbms.Node.Entry("inventory") is not null
                ? context.ReportInventory(dbms, "inventory", message, $"inventory/{item.Part}")
                : context.ReportInventory(LiveLocations.DbmsKey(context.Plan), message, $"inventory/{item.Part}");
        }
    }

    /// <summary>
    /// Community has no servers list and no backup settings: nothing to grant. The text names what is missing, not how
    /// the server refused (which differs between the Query API and tx/commit).
    /// </summary>
    private static string CommunityLacks(DbmsInventory inventory) =>
        $"The servers of {LiveLocations.Describe(inventory)} could not be collected: Community Edition has no SHOW SERVERS (it runs as one server, never a cluster) "
        + "and no backup settings (no online backup), so the checks that need them were skipped or not evaluated. No privilege can change that; "
        + "waive this finding for a Community DBMS with a justification";
}
