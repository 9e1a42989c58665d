using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Rules.BuiltIn.Drift;
using static BackupPolicyLint.Rules.Controls.ControlCatalog;

namespace BackupPolicyLint.Rules.BuiltIn.Files;

/// <summary>
/// Plugin jars are in no database backup, and Neo4j asks you to keep copies of custom plugins in a safe location:
/// a database that calls a plugin's procedures does not work after a restore until the same versions are back. Plugins
/// in use are those of <c>dbms.features.plugins</c>, or, when the plan lists none, those the live inventory saw.
/// </summary>
internal sealed class PluginsNotBackedUp : PlanRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.PluginsNotBackedUp,
        Name = "plugins-not-backed-up",
        Title = "Plugins are in use, and the plugins directory is not backed up.",
        Category = RuleCategory.FilesBesidesDatabases,
        Inputs = RuleInputs.Plan | RuleInputs.Inventory,
        Severities = DefaultSeverities.Parse("W/W/-"),
        OffReason = "plugins are usually reproducible here",
        Controls = [Cp9, Cp10, IsoBackup, Soc2Recovery],
    };

    public override IEnumerable<Finding> Check(PlanContext context)
    {
        var features = context.Plan.Dbms?.Features;
        var plugins = context.Plan.AdditionalFiles?.Plugins;
        if (plugins.IsBackedUp())
        {
            yield break;
        }

        if (features is null || features.Plugins.Count == 0)
        {
            if (context.Inventory is { Plugins: { Count: > 0 } live } inventory)
            {
                var finding = AdditionalFiles.ReportNotBackedUp(
                    context,
                    plugins,
                    "plugins",
                    features?.Node.Entry("plugins")?.Key ?? LiveLocations.DbmsKey(context.Plan),
                    $"{LiveLocations.Describe(inventory)} has plugins installed ({string.Join(", ", live)}), but the plugins directory is not backed up (additionalFiles.plugins.backedUp is not true); "
                    + "databases that call their procedures fail after a restore until the same versions are back; back up each server's plugins/ "
                    + "or pin the exact artifacts, set additionalFiles.plugins.backedUp: true, and list them in dbms.features.plugins");
                yield return finding with { Source = SourceKind.Inventory };
            }

            yield break;
        }

        yield return AdditionalFiles.ReportNotBackedUp(
            context,
            plugins,
            "plugins",
            features.Node.Entry("plugins")?.Key,
            $"Plugins are in use ({string.Join(", ", features.Plugins)}), but the plugins directory is not backed up (additionalFiles.plugins.backedUp is not true); "
            + "databases that call their procedures fail after a restore until the same versions are back; back up each server's plugins/ "
            + "or pin the exact artifacts, and set additionalFiles.plugins.backedUp: true");
    }
}
