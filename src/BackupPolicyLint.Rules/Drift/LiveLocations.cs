using BackupPolicyLint.Documents;
using BackupPolicyLint.Model;
using BackupPolicyLint.Model.Inventory;

namespace BackupPolicyLint.Rules.BuiltIn.Drift;

/// <summary>Where findings about the live DBMS go in the plan, and how they name the inventory.</summary>
internal static class LiveLocations
{
    /// <summary>The <c>databases</c> key of the spec, else the spec.</summary>
    public static DocNode DatabasesKey(BackupPlan plan) => plan.SpecNode.Entry("databases")?.Key ?? SpecKey(plan);

    /// <summary>The <c>dbms</c> key of the spec, else the spec.</summary>
    public static DocNode DbmsKey(BackupPlan plan) => plan.SpecNode.Entry("dbms")?.Key ?? SpecKey(plan);

    /// <summary>
    /// "the live DBMS (inventory 'x' from https://…)". No collection time: a snapshot and the live run it came from
    /// must give the same findings (the snapshot keeps the time as evidence).
    /// </summary>
    public static string Describe(DbmsInventory inventory) =>
        $"the live DBMS (inventory '{inventory.Name}'{(inventory.Source.Length > 0 ? $" from {inventory.Source}" : "")})";

    private static DocNode SpecKey(BackupPlan plan) => plan.Node.Entry("spec")?.Key ?? plan.SpecNode;
}
