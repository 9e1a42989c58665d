using BackupPolicyLint.Analysis;
using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Model;
using BackupPolicyLint.Model.Infra;
using static BackupPolicyLint.Rules.Controls.ControlCatalog;

namespace BackupPolicyLint.Rules.BuiltIn.Method;

/// <summary>
/// A differential ships the transactions since the previous artifact from the source's transaction logs; when they
/// were already pruned, neo4j-admin silently takes a full instead. Neo4j advises against keep_none for this reason.
/// </summary>
internal sealed class TxLogRetentionBreaksDifferentials : PlanRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.TxLogRetentionBreaksDifferentials,
        Name = "tx-log-retention-breaks-differentials",
        Title = "Transaction-log retention is too short for the planned differential backups.",
        Category = RuleCategory.MethodAndEdition,
        Inputs = RuleInputs.Plan | RuleInputs.Config,
        Severities = DefaultSeverities.Parse("E/E/W"),
        Controls = [Cp9, IsoBackup, Soc2Recovery],
    };

    public override Applicability Applies(PlanContext context)
    {
        if (!context.Plan.Jobs.Any(j => j.IsBackup && j.IsDifferential))
        {
            return Applicability.NotApplicable("the plan takes no differential backups");
        }

        return context.Plan.Dbms?.TxLogRetention is null
            ? Applicability.NotEvaluated("the plan takes differential backups but does not state dbms.txLogRetention")
            : Applicability.Applicable;
    }

    public override IEnumerable<Finding> Check(PlanContext context)
    {
        var plan = context.Plan;
        var diffs = plan.Jobs.Where(j => j.IsBackup && j.IsDifferential).ToList();
        // A 5.x backup command without --type is AUTO: a differential whenever the target holds a chain.
        var scriptDiffs = plan.Jobs.Where(j => j.IsBackup && j.Origin is { Is44: false } && (j.IsDifferential || j.Type is null or "auto")).ToList();
        foreach (var config in plan.Infrastructure.Configs)
        {
            if (scriptDiffs.Count + diffs.Count > 0 && config.Get(Neo4jConfig.TxLogRetentionPolicy) is { } setting && TxLogRetention.Parse(setting.Value).KeepsNone)
            {
                var job = diffs.Concat(scriptDiffs).First();
                yield return InfraReports.At(
                    context,
                    setting,
                    $"{setting.WrittenName} is '{setting.Value}', so no transaction logs are kept, yet '{job.Name}' takes differential backups ({(job.IsDifferential ? "type diff" : "type auto")}): "
                    + $"every one silently becomes a full; set it to a window well beyond the gap between backups (e.g. \"{ExampleWindow(WrittenVersion(setting, plan.Dbms?.Version))}\")",
                    "dbms/txLogRetention");
            }
        }

        if (plan.Dbms is not { TxLogRetention: { } retention } dbms || diffs.Count == 0)
        {
            yield break;
        }

        const string Subject = "dbms/txLogRetention";
        if (retention.KeepsNone)
        {
            yield return context.Report(
                dbms,
                "txLogRetention",
                $"dbms.txLogRetention is '{retention.Text}', so no transaction logs are kept, yet job '{diffs[0].Name}' takes differential backups: "
                + $"every one silently becomes a full; set {RetentionSetting(dbms.Version)} to a window well beyond the gap between backups (e.g. \"{ExampleWindow(dbms.Version)}\")",
                Subject);
            yield break;
        }

        if (retention.Window is not { } window)
        {
            yield break;
        }

        // The longest gap between backups of any database a differential covers (the first such database on a tie): logs
        // must outlive it. A loop, not LINQ over (string, TimeSpan?) tuples, which were framework generics JIT-compiled at
        // every start (docs/performance.md, "Cold start").
        string? worstDatabase = null;
        TimeSpan? worstGap = null;
        foreach (var db in plan.DatabaseNames())
        {
            if (plan.ProtectingJobs(db).Any(j => j.IsBackup && j.IsDifferential) && plan.BackupInterval(db) is { } interval
                && (worstGap is null || interval > worstGap))
            {
                (worstDatabase, worstGap) = (db, interval);
            }
        }

        if (worstGap is { } gap && window < gap)
        {
            yield return context.Report(
                dbms,
                "txLogRetention",
                $"dbms.txLogRetention '{retention.Text}' keeps {Durations.Format(window)} of transaction logs, shorter than the {Durations.Format(gap)} gap "
                + $"between backups of '{worstDatabase}', which has differential backups: they silently become fulls; "
                + $"keep logs for well over {Durations.Format(gap)} ({RetentionSetting(dbms.Version)})",
                Subject);
        }
    }

    /// <summary>The retention setting's name in the plan's version: 4.x has it DBMS-wide, 5.0 on per database.</summary>
    private static string RetentionSetting(Neo4jVersion? version) => version.Has(Neo4jFeature.DatabaseScopedTxLogRetention) switch
    {
        false => "dbms.tx_log.rotation.retention_policy",
        true => "db.tx_log.rotation.retention_policy",
        null => "db.tx_log.rotation.retention_policy (4.x: dbms.tx_log.rotation.retention_policy)",
    };

    /// <summary>A setting written with its 4.x name (dbms.tx_log…) is a 4.x configuration, whatever else is known.</summary>
    private static Neo4jVersion? WrittenVersion(ConfigSetting setting, Neo4jVersion? planVersion) =>
        setting.WrittenName.StartsWith("dbms.", StringComparison.Ordinal) ? new Neo4jVersion(4, 4) : planVersion;

    /// <summary>A window with a space cap only where the version reads one (5.9+).</summary>
    private static string ExampleWindow(Neo4jVersion? version) =>
        version.Has(Neo4jFeature.TxLogRetentionSpaceCap) == false ? "2 days" : "2 days 2G";
}
