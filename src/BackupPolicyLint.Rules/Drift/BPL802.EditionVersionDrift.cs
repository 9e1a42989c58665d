using BackupPolicyLint.Diagnostics;
using static BackupPolicyLint.Rules.Controls.ControlCatalog;

namespace BackupPolicyLint.Rules.BuiltIn.Drift;

/// <summary>
/// Edition and version decide which commands and options exist (BPL201, BPL505); a plan that states the wrong ones is
/// judged against a DBMS that does not exist. A plan version matches a live one with more parts ("5.26" = "5.26.3").
/// </summary>
internal sealed class EditionVersionDrift : PlanRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.EditionVersionDrift,
        Name = "edition-version-drift",
        Title = "The live edition or version differs from the plan's dbms.edition or dbms.version.",
        Category = RuleCategory.LiveInventory,
        Inputs = RuleInputs.Plan | RuleInputs.Inventory,
        Severities = DefaultSeverities.Parse("W/W/N"),
        Controls = [Cp9, IsoBackup, Soc2Recovery],
        Requires = RuleRequirements.Inventory,
    };

    /// <summary>Judged only when an edition or a version is known on both sides: pass means compared.</summary>
    public override Applicability Applies(PlanContext context)
    {
        var inventory = context.RequiredInventory;

        var dbms = context.Plan.Dbms;
        if (dbms?.Edition is null && dbms?.VersionText is null)
        {
            return Applicability.NotEvaluated("the plan states neither dbms.edition nor dbms.version");
        }

        return (dbms.Edition is not null && inventory.Edition is not null) || (dbms.VersionText is not null && inventory.VersionText is not null)
            ? Applicability.Applicable
            : Applicability.NotEvaluated($"the live edition and version could not be collected ({RuleIds.InventoryIncomplete})");
    }

    public override IEnumerable<Finding> Check(PlanContext context)
    {
        // Applies answered only when the plan states an edition or a version.
        if (context.Plan.Dbms is not { } dbms)
        {
            yield break;
        }

        var inventory = context.RequiredInventory;

        if (dbms.Edition is { } edition && inventory.Edition is { } liveEdition && !string.Equals(edition, liveEdition, StringComparison.OrdinalIgnoreCase))
        {
            yield return context.ReportInventory(
                dbms,
                "edition",
                $"dbms.edition is '{edition}', but {LiveLocations.Describe(inventory)} is '{liveEdition}'; correct the plan (the edition decides which backup commands exist)",
                "dbms/edition");
        }

        if (dbms.VersionText is { } version && inventory.VersionText is { } liveVersion && !SameVersion(version, liveVersion))
        {
            yield return context.ReportInventory(
                dbms,
                "version",
                $"dbms.version is '{version}', but {LiveLocations.Describe(inventory)} runs {liveVersion}; correct the plan (the version decides which backup options exist)",
                "dbms/version");
        }
    }

    private static bool SameVersion(string planned, string live)
    {
        var plan = planned.Trim();
        var actual = live.Trim();
        return string.Equals(plan, actual, StringComparison.OrdinalIgnoreCase)
            || actual.StartsWith(plan + ".", StringComparison.OrdinalIgnoreCase)
            || actual.StartsWith(plan + "-", StringComparison.OrdinalIgnoreCase);
    }
}
