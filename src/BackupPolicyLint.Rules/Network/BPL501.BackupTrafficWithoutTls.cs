using BackupPolicyLint.Analysis;
using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Model;
using BackupPolicyLint.Model.Infra;
using BackupPolicyLint.Model.Inventory;
using BackupPolicyLint.Rules.BuiltIn.Drift;
using static BackupPolicyLint.Rules.Controls.ControlCatalog;

namespace BackupPolicyLint.Rules.BuiltIn.Network;

/// <summary>
/// The backup protocol carries whole stores in clear text unless the backup SSL policy is enabled; Neo4j recommends
/// <c>dbms.ssl.policy.backup</c> (with client certificates) whenever backup traffic leaves the host. One finding on the
/// listener when it is off-host (one setting fixes it); otherwise one per job that pulls from another host. When the plan
/// gives no reason to fire, the live settings are judged: a live listener bound off-host without the backup SSL policy.
/// </summary>
internal sealed class BackupTrafficWithoutTls : PlanRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.BackupTrafficWithoutTls,
        Name = "backup-traffic-without-tls",
        Title = "Backup traffic can leave the host, and the backup SSL policy is not enabled.",
        Category = RuleCategory.NetworkSecurity,
        Inputs = RuleInputs.Plan | RuleInputs.Config | RuleInputs.Inventory,
        Severities = DefaultSeverities.Parse("E/E/W"),
        Controls = [Sc8, IsoNetworks, IsoCryptography, Soc2Transmission],
        SecuritySeverity = 7.5,
    };

    private const string Fix = "enable dbms.ssl.policy.backup (client_auth=REQUIRE) on the servers and the backup client, and set backupListener.tls: true";

    public override IEnumerable<Finding> Check(PlanContext context)
    {
        var fromPlan = PlanFindings(context).Concat(ConfigFindings(context)).ToList();
        if (fromPlan.Count > 0 || context.Inventory is not { } inventory || LiveFinding(context, inventory) is not { } live)
        {
            return fromPlan;
        }

        return [live];
    }

    private static Finding? LiveFinding(PlanContext context, DbmsInventory inventory)
    {
        if (!inventory.Has(InventoryParts.Settings)
            || inventory.Setting(InventoryParts.BackupListenAddress) is not { } address
            || inventory.BoolSetting(InventoryParts.BackupEnabled) == false
            || HostNames.IsLoopback(HostNames.ListenHost(address, inventory.Setting(Neo4jConfig.DefaultListenAddress) is { } d ? HostNames.HostOf(d) : null))
            // The policy's settings only exist once configured: absent means Neo4j's default, false.
            || inventory.BoolSetting(InventoryParts.BackupSslEnabled) == true)
        {
            return null;
        }

        var message = $"On {LiveLocations.Describe(inventory)}, {InventoryParts.BackupListenAddress} is '{address}', which other hosts can reach, "
            + $"but {InventoryParts.BackupSslEnabled} is not true: stores and transactions cross the network in clear text; {Fix}, or bind it to {NetworkAnalysis.DefaultBackupListenAddress}";
        return context.Plan.Dbms?.BackupListener is { } listener
            ? context.ReportInventory(listener, listener.Node.Entry("tls") is null ? "listenAddress" : "tls", message, Subjects.BackupListener)
            : context.ReportInventory(LiveLocations.DbmsKey(context.Plan), message, Subjects.BackupListener);
    }

    /// <summary>neo4j.conf (or NEO4J_* settings): an enabled listener bound off-host without dbms.ssl.policy.backup.enabled=true, on its setting.</summary>
    private static IEnumerable<Finding> ConfigFindings(PlanContext context)
    {
        // Community Edition has no backup listener: its settings open nothing.
        foreach (var config in context.Plan.IsCommunity ? [] : context.Plan.Infrastructure.Configs)
        {
            var (address, setting) = config.BackupListen;
            if (setting is null || !config.BackupServiceEnabled || HostNames.IsLoopback(HostNames.HostOf(address)) || config.IsTrue(Neo4jConfig.BackupSslEnabled))
            {
                continue;
            }

            yield return InfraReports.At(
                context,
                setting,
                $"{setting.WrittenName} is '{setting.Value}', which other hosts can reach, but {Neo4jConfig.BackupSslEnabled} is not true in this configuration: "
                + $"stores and transactions cross the network in clear text; enable dbms.ssl.policy.backup (client_auth=REQUIRE) on the servers and the backup client, "
                + $"or bind the listener to {NetworkAnalysis.DefaultBackupListenAddress}",
                Subjects.BackupListener);
        }
    }

    private static IEnumerable<Finding> PlanFindings(PlanContext context)
    {
        var plan = context.Plan;
        var listener = plan.Dbms?.BackupListener;
        // Community Edition has no online backup, so no backup traffic: BPL201 reports the backup itself.
        if (plan.IsCommunity || listener?.Tls == true || plan.IsImplicit && plan.Infrastructure.Configs.Any(c => c.IsTrue(Neo4jConfig.BackupSslEnabled)))
        {
            yield break;
        }

        if (listener is not null && plan.IsBackupListenerOffHost())
        {
            var key = listener.Node.Entry("tls") is null ? "listenAddress" : "tls";
            yield return context.Report(
                listener,
                key,
                $"The backup listener binds to '{listener.ListenAddress}', which other hosts can reach, but backupListener.tls is not true: "
                + $"stores and transactions cross the network in clear text; {Fix}, or bind it to {NetworkAnalysis.DefaultBackupListenAddress}",
                Subjects.BackupListener);
            yield break;
        }

        foreach (var job in plan.Jobs.Where(j => j.IsBackup))
        {
            if (job.From.FirstOrDefault(f => plan.IsRemoteSource(job, f.Name)) is { } source)
            {
                yield return context.Report(
                    source.Node,
                    job.Origin is not null
                        ? $"`{job.Origin.Tool}` backs up from '{source.Name}', another host, but {(plan.IsImplicit ? "no analysed configuration enables dbms.ssl.policy.backup" : "backupListener.tls is not true")}: "
                          + "the backup crosses the network in clear text; enable dbms.ssl.policy.backup (client_auth=REQUIRE) on the servers and in the backup client's neo4j-admin.conf"
                        : $"Job '{job.Name}' backs up from '{source.Name}', {(job.RunsOn is null ? "a remote host (runsOn is not set)" : $"which is not '{job.RunsOn}' where it runs")}, "
                          + $"but backupListener.tls is not true: the backup crosses the network in clear text; {Fix}",
                    Subjects.Job(job));
            }
            else if (job.RemoteAddressResolution == true && plan.IsCluster)
            {
                yield return context.Report(
                    job,
                    "remoteAddressResolution",
                    $"Job '{job.Name}' uses remote address resolution, so it pulls from whichever cluster member the DBMS picks, "
                    + $"but backupListener.tls is not true: the backup crosses the network in clear text; {Fix}",
                    Subjects.Job(job));
            }
        }
    }
}
