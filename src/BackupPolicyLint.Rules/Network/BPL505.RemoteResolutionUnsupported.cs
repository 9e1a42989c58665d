using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Model;
using BackupPolicyLint.Rules.BuiltIn.Drift;
using static BackupPolicyLint.Rules.Controls.ControlCatalog;

namespace BackupPolicyLint.Rules.BuiltIn.Network;

/// <summary>
/// <c>--remote-address-resolution</c> was added to neo4j-admin database backup in 2025.09; an older neo4j-admin rejects
/// the unknown option, so the backup never runs. An unknown version stays quiet; <c>false</c> never fires. The version
/// comes from the plan, or (when the plan's is missing or new enough) from the live DBMS's inventory.
/// </summary>
internal sealed class RemoteResolutionUnsupported : PlanRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.RemoteResolutionUnsupported,
        Name = "remote-resolution-unsupported",
        Title = "A job uses remote address resolution on a Neo4j version before 2025.09.",
        Category = RuleCategory.NetworkSecurity,
        Inputs = RuleInputs.Plan | RuleInputs.Scripts | RuleInputs.Inventory,
        Severities = DefaultSeverities.Parse("E/E/E"),
        Controls = [Cp9, IsoBackup, Soc2Recovery],
    };

    public override Applicability Applies(PlanContext context) =>
        context.Plan.Dbms?.Version is null && context.Inventory?.Version is null
            ? Applicability.NotEvaluated(context.Plan.IsImplicit
                ? "the Neo4j version is unknown (no image tag or setting names that say it, or they disagree)"
                : "the plan does not state dbms.version")
            : Applicability.Applicable;

    public override IEnumerable<Finding> Check(PlanContext context)
    {
        var plan = context.Plan;
        string said;
        var live = false;
        if (plan.Dbms?.Version is { } version && version < Neo4jVersion.RemoteAddressResolution)
        {
            said = $"dbms.version is '{plan.Dbms.VersionText ?? version.ToString()}'";
        }
        else if (context.Inventory is { Version: { } liveVersion } inventory && liveVersion < Neo4jVersion.RemoteAddressResolution)
        {
            said = $"{LiveLocations.Describe(inventory)} runs {inventory.VersionText}";
            live = true;
        }
        else
        {
            yield break;
        }

        foreach (var job in plan.Jobs.Where(j => j.RemoteAddressResolution == true))
        {
            var message = job.Origin is { } origin
                ? $"`{origin.Tool}` in {Path.GetFileName(job.Node.Span.File)} passes --remote-address-resolution, but {(plan.IsImplicit && !live ? $"the files say Neo4j {plan.Dbms?.VersionText}" : said)} "
                    + $"and the option needs {Neo4jVersion.RemoteAddressResolution} or later, so neo4j-admin rejects it and the backup never runs; "
                    + "upgrade, or remove the option and give --from several servers"
                : $"Job '{job.Name}' sets remoteAddressResolution: true, but {said} "
                    + $"and --remote-address-resolution needs {Neo4jVersion.RemoteAddressResolution} or later, so neo4j-admin rejects the option and the backup never runs; "
                    + "upgrade, or remove it and list several servers in 'from'";
            yield return live
                ? context.ReportInventory(job, "remoteAddressResolution", message, Subjects.Job(job))
                : context.Report(job, "remoteAddressResolution", message, Subjects.Job(job));
        }
    }
}
