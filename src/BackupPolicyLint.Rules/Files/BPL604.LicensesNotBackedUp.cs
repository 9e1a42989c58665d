using BackupPolicyLint.Diagnostics;
using static BackupPolicyLint.Rules.Controls.ControlCatalog;

namespace BackupPolicyLint.Rules.BuiltIn.Files;

/// <summary>
/// Neo4j lists the license files of Bloom and GDS Enterprise among the files to back up separately: a rebuilt
/// server needs them before those products work as licensed.
/// </summary>
internal sealed class LicensesNotBackedUp : PlanRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.LicensesNotBackedUp,
        Name = "licenses-not-backed-up",
        Title = "Bloom or GDS Enterprise is in use, and the license files are not backed up.",
        Category = RuleCategory.FilesBesidesDatabases,
        Inputs = RuleInputs.Plan,
        Severities = DefaultSeverities.Parse("W/W/-"),
        OffReason = "licenses are usually re-issued here",
        Controls = [Cp9, Cp10, IsoBackup, Soc2Recovery],
    };

    private static readonly string[] LicensedProducts = ["bloom", "gds-enterprise"];

    public override IEnumerable<Finding> Check(PlanContext context)
    {
        var features = context.Plan.Dbms?.Features;
        var licenses = context.Plan.AdditionalFiles?.Licenses;
        var products = features?.LicensedProducts.Where(p => LicensedProducts.Contains(p, StringComparer.OrdinalIgnoreCase)).ToList() ?? [];
        if (products.Count == 0 || licenses.IsBackedUp())
        {
            yield break;
        }

        yield return AdditionalFiles.ReportNotBackedUp(
            context,
            licenses,
            "licenses",
            features!.Node.Entry("licensedProducts")?.Key,
            $"{string.Join(" and ", products)} {(products.Count == 1 ? "is" : "are")} licensed, but the license files are not backed up "
            + "(additionalFiles.licenses.backedUp is not true), and a rebuilt server needs them before the product works as licensed; "
            + "back up each server's licenses directory (server.directories.licenses) and set additionalFiles.licenses.backedUp: true");
    }
}
