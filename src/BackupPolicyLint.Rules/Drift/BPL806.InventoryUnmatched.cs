using BackupPolicyLint.Analysis;
using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Model.Inventory;
using static BackupPolicyLint.Rules.Controls.ControlCatalog;

namespace BackupPolicyLint.Rules.BuiltIn.Drift;

/// <summary>
/// A live comparison that compares nothing must say so. Two findings: on a plan whose <c>spec.dbms.inventory</c> names
/// an inventory the run was not given (judged per plan), and on every inventory given that no plan uses (a finding
/// about the run, located on the command-line input, see <see cref="Unused"/>).
/// </summary>
internal sealed class InventoryUnmatched : PlanRule
{
    /// <summary>Plans named in one finding; the rest are counted.</summary>
    private const int PlansNamed = 5;

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.InventoryUnmatched,
        Name = "inventory-unmatched",
        Title = "An inventory given to the run describes no plan, or a plan names an inventory the run was not given.",
        Category = RuleCategory.LiveInventory,
        Inputs = RuleInputs.Plan | RuleInputs.Inventory,
        Severities = DefaultSeverities.Parse("E/E/W"),
        Controls = [Cp9, IsoBackup, Soc2Recovery],
    };

    /// <summary>Judged when inventories were given: pass means the plan's inventory was found (by name, host, or as the only pair).</summary>
    public override Applicability Applies(PlanContext context) => context switch
    {
        { Inventories.Count: 0 } => Applicability.NotEvaluated("no inventory was given (--inventory or --neo4j-uri)"),
        { Inventory: null, Plan.Dbms.Inventory: null } or { Inventory: null, Plan.Dbms: null } => Applicability.NotEvaluated(
            "the plan names no inventory (spec.dbms.inventory) and shares no server host with any inventory given; each unused inventory is reported"),
        _ => Applicability.Applicable,
    };

    public override IEnumerable<Finding> Check(PlanContext context)
    {
        if (context.Inventory is not null || context.Plan.Dbms is not { Inventory: { } name } dbms)
        {
            yield break;
        }

        var given = string.Join(", ", context.Inventories.Select(i => $"'{i.Name}' ({Origin(i)})"));
        yield return context.ReportInventory(
            dbms,
            "inventory",
            $"spec.dbms.inventory names '{name}', but the run was given no inventory of that name (given: {given}), so nothing was compared with the live DBMS; "
            + "correct the name, or give that DBMS with --inventory or --neo4j-uri (a snapshot's name is inventory collect --name)",
            "dbms/inventory");
    }

    /// <summary>
    /// One finding per inventory no plan uses, at <paramref name="severity"/> (the strictest pack's: an inventory has no
    /// environment), naming the plans that could have used it and why each did not. A snapshot's finding is on its
    /// metadata.name, a live DBMS's on <c>&lt;command line&gt;</c> with the URI as its logical path.
    /// </summary>
    internal static IEnumerable<Finding> Unused(InventoryMatching matching, Severity severity)
    {
        foreach (var inventory in matching.Unused)
        {
            var reasons = matching.Plans.Take(PlansNamed).Select(p => $"plan '{p.Name}' ({p.File}) {matching.WhyNot(p, inventory)}").ToList();
            if (matching.Plans.Count > PlansNamed)
            {
                reasons.Add($"and {matching.Plans.Count - PlansNamed} more plans");
            }

            var why = reasons.Count == 0 ? "no plan was checked" : string.Join("; ", reasons);
            yield return new Finding
            {
                RuleId = RuleIds.InventoryUnmatched,
                RuleName = "inventory-unmatched",
                Severity = severity,
                Message = $"Inventory '{inventory.Name}' ({Origin(inventory)}) describes none of the checked plans, so nothing was compared with it: {why}. "
                    + $"Name it in the plan's spec.dbms.inventory ('{inventory.Name}'), or list the DBMS's servers in the plan",
                Span = inventory.NameSpan ?? (inventory.File is { } file ? SourceSpan.FileStart(file) : SourceSpan.CommandLine()),
                Source = SourceKind.Inventory,
                Subject = $"inventory/{inventory.Name}",
                LogicalPath = inventory.File is null ? $"--neo4j-uri {inventory.Source}" : "/metadata/name",
            };
        }
    }

    private static string Origin(DbmsInventory inventory) =>
        inventory.File is { } file ? $"--inventory {file}" : $"--neo4j-uri {inventory.Source}";
}
