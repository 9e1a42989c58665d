using BackupPolicyLint.Analysis;
using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Rules.BuiltIn.Drift;
using static BackupPolicyLint.Rules.Controls.ControlCatalog;

namespace BackupPolicyLint.Rules.BuiltIn.Method;

/// <summary>
/// Online backup and restore, and neo4j-admin database copy, exist only in Enterprise Edition; on Community the
/// supported method is dump and load with the DBMS stopped. A plan that relies on the others cannot run. The edition
/// comes from the plan, or (when the plan does not say community) from the live DBMS's inventory.
/// </summary>
internal sealed class EnterpriseCommandOnCommunity : PlanRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.EnterpriseCommandOnCommunity,
        Name = "enterprise-command-on-community",
        Title = "An Enterprise-only backup, copy or restore is planned for a Community Edition DBMS.",
        Category = RuleCategory.MethodAndEdition,
        Inputs = RuleInputs.Plan | RuleInputs.Scripts | RuleInputs.Inventory,
        Severities = DefaultSeverities.Parse("E/E/E"),
        Controls = [Cp9, Cp10, IsoBackup, Soc2Recovery],
    };

    /// <summary>The live edition counts as much as the plan's: a plan that says Enterprise about a Community DBMS is judged.</summary>
    public override Applicability Applies(PlanContext context) => context.Plan.Dbms?.Edition switch
    {
        _ when context.Plan.IsCommunity || context.Inventory is { IsCommunity: true } => Applicability.Applicable,
        null => Applicability.NotEvaluated(context.Plan.IsImplicit
            ? "the files do not say which edition runs (no edition in an image tag, no NEO4J_ACCEPT_LICENSE_AGREEMENT, no Enterprise-only setting), or they disagree"
            : "the plan does not state dbms.edition"),
        var edition => Applicability.NotApplicable($"the DBMS is {edition} edition, not Community"),
    };

    public override IEnumerable<Finding> Check(PlanContext context)
    {
        var plan = context.Plan;
        // Applies answered only when the plan or the live DBMS is Community: when the plan is not, the inventory is.
        var live = !plan.IsCommunity && context.Inventory is { IsCommunity: true };
        var edition = live ? $"{LiveLocations.Describe(context.Inventory!)} is Community Edition"
            : plan.Infrastructure.EditionEvidence is { } evidence ? $"the files say Community Edition: {evidence}"
            : "dbms.edition is 'community'";
        Finding At(Model.ModelElement element, string key, string message, string subject) =>
            live ? context.ReportInventory(element, key, message, subject) : context.Report(element, key, message, subject);

        foreach (var job in plan.Jobs)
        {
            string? what = null;
            if (job.IsBackup)
            {
                var remote = plan.RemoteSources(job).Select(s => s.Name).ToList();
                what = remote.Count > 0
                    ? $"runs a remote online `backup` from {string.Join(", ", remote)}"
                    : "runs an online `backup`";
            }
            else if (job.IsCopy)
            {
                what = "runs `neo4j-admin database copy`";
            }

            if (what is not null)
            {
                yield return At(
                    job,
                    "command",
                    $"Job '{job.Name}' {what}, which only Enterprise Edition has, but {edition}; "
                    + "use a `dump` job with the DBMS stopped, or move the DBMS to Enterprise Edition",
                    Subjects.Job(job));
            }
        }

        if (plan.Recovery is { RestoreMethod: "restore" } recovery)
        {
            yield return At(
                recovery,
                "restoreMethod",
                $"recovery.restoreMethod is 'restore' (neo4j-admin database restore), which only Enterprise Edition has, but {edition}; "
                + "restore with `load` from a dump instead",
                "recovery");
        }
    }
}
