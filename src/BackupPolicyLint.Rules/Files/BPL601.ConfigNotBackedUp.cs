using BackupPolicyLint.Diagnostics;
using static BackupPolicyLint.Rules.Controls.ControlCatalog;

namespace BackupPolicyLint.Rules.BuiltIn.Files;

/// <summary>
/// A database backup does not contain the server's configuration. Neo4j lists neo4j.conf among the files to back up
/// separately, one per cluster member, because members differ (addresses, server-side settings).
/// </summary>
internal sealed class ConfigNotBackedUp : PlanRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.ConfigNotBackedUp,
        Name = "config-not-backed-up",
        Title = "neo4j.conf is not backed up (per server in a cluster).",
        Category = RuleCategory.FilesBesidesDatabases,
        Inputs = RuleInputs.Plan,
        Severities = DefaultSeverities.Parse("E/W/-"),
        OffReason = "config is usually reproducible from the repo here",
        Controls = [Cp9, Cp10, IsoBackup, Soc2Recovery],
    };

    public override IEnumerable<Finding> Check(PlanContext context)
    {
        var plan = context.Plan;
        var config = plan.AdditionalFiles?.Config;
        if (!config.IsBackedUp())
        {
            var perServer = plan.IsCluster ? ", one copy per cluster member," : "";
            yield return AdditionalFiles.ReportNotBackedUp(
                context,
                config,
                "config",
                trigger: null,
                $"neo4j.conf is not backed up (additionalFiles.config.backedUp is not true); no database backup contains it, so a rebuilt server starts with defaults; "
                + $"back up the conf/ directory{perServer} and set additionalFiles.config.backedUp: true");
        }
        else if (plan.IsCluster && config!.PerServer != true)
        {
            yield return context.Report(
                config,
                "perServer",
                "neo4j.conf is backed up, but not per server (additionalFiles.config.perServer is not true), and cluster members' configurations differ "
                + "(addresses, server-side settings); back up every member's conf/ directory and set perServer: true",
                Subjects.AdditionalFile("config"));
        }
    }
}
