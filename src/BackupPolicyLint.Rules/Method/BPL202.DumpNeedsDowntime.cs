using BackupPolicyLint.Diagnostics;
using static BackupPolicyLint.Rules.Controls.ControlCatalog;

namespace BackupPolicyLint.Rules.BuiltIn.Method;

/// <summary>
/// neo4j-admin database dump cannot read a database in use: the database (on Community, the whole DBMS) is offline
/// for every run. Where no downtime is tolerated, or in production, Neo4j's online backup is the method to use.
/// </summary>
internal sealed class DumpNeedsDowntime : PlanRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.DumpNeedsDowntime,
        Name = "dump-needs-downtime",
        Title = "A dump job, which needs its databases offline, is planned where downtime is not acceptable.",
        Category = RuleCategory.MethodAndEdition,
        Inputs = RuleInputs.Plan | RuleInputs.Scripts,
        Severities = DefaultSeverities.Parse("E/W/-"),
        OffReason = "offline dumps are acceptable outside staging/production",
        Controls = [Cp9, IsoBackup, IsoContinuity, Soc2Recovery],
    };

    public override Applicability Applies(PlanContext context) => context.Plan.Jobs.Any(j => j.IsDump)
        ? Applicability.Applicable
        : Applicability.NotApplicable("the plan has no dump job");

    public override IEnumerable<Finding> Check(PlanContext context)
    {
        var plan = context.Plan;
        var noDowntime = plan.Objectives?.DowntimeTolerance == "none";
        var production = plan.Environment == "production";
        if (!noDowntime && !production)
        {
            yield break;
        }

        var why = noDowntime
            ? "but objectives.downtimeTolerance is 'none'"
            : plan.IsImplicit ? "and infrastructure no plan claims is judged as production (an unknown environment gets the strictest reading)"
            : $"in a production plan{(plan.DeclaredEnvironment is null ? " (no spec.environment, so production is assumed)" : "")}";
        var fix = plan.IsCommunity
            ? "on Community a dump is the only method: agree a downtime window, or move to Enterprise Edition and use an online `backup`"
            : "use an online `backup` job instead";
        foreach (var job in plan.Jobs.Where(j => j.IsDump))
        {
            var offline = plan.IsCommunity ? "the whole DBMS"
                : job.TargetsAll ? "every database it dumps"
                : string.Join(", ", job.Databases.Select(d => $"'{d.Name}'"));
            yield return context.Report(
                job,
                "command",
                $"Job '{job.Name}' runs `dump`, which needs {offline} offline while it runs, {why}; {fix}",
                Subjects.Job(job));
        }
    }
}
