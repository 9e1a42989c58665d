using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Model;
using BackupPolicyLint.Model.Infra;
using static BackupPolicyLint.Rules.Controls.ControlCatalog;

namespace BackupPolicyLint.Rules.BuiltIn.Network;

/// <summary>
/// The cluster listener (<c>server.cluster.listen_address</c>, default <c>:6000</c> on <c>server.default_listen_address</c>)
/// carries transaction shipping and also serves backups, unauthenticated. Neo4j's guidance: protect it with
/// <c>dbms.ssl.policy.cluster</c> (and a firewall) whenever it is bound to an address other hosts can reach, and bind
/// unused cluster addresses to 127.0.0.1. Judged on analysed neo4j.conf files and NEO4J_* settings.
/// </summary>
internal sealed class ClusterPortExposedWithoutTls : PlanRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.ClusterPortExposedWithoutTls,
        Name = "cluster-port-exposed-without-tls",
        Title = "The cluster listener, which also serves backups, is reachable from other hosts without the cluster SSL policy.",
        Category = RuleCategory.NetworkSecurity,
        Inputs = RuleInputs.Config | RuleInputs.Inventory,
        Severities = DefaultSeverities.Parse("E/E/W"),
        Controls = [Sc7, Sc8, IsoNetworks, IsoCryptography, Soc2Transmission],
        SecuritySeverity = 8.1,
    };

    public override Applicability Applies(PlanContext context)
    {
        var plan = context.Plan;
        if (plan.Infrastructure.Configs.Count == 0)
        {
            return Applicability.NotEvaluated("no neo4j.conf or NEO4J_* settings were analysed (the live inventory does not report the cluster listener)");
        }

        if (plan.IsCommunity)
        {
            return Applicability.NotApplicable("Community Edition has no cluster listener");
        }

        if (plan.Dbms?.Version is { Major: < 5 } && !plan.Infrastructure.Configs.Any(c => c.DescribesCluster))
        {
            return Applicability.NotApplicable($"before 5.0 only cluster members (dbms.mode=CORE or READ_REPLICA) have a cluster listener, and Neo4j {plan.Dbms.VersionText} is configured as none");
        }

        return plan.IsEnterprise || plan.Infrastructure.Configs.Any(c => c.Get(Neo4jConfig.ClusterListenAddress) is not null)
            ? Applicability.Applicable
            : Applicability.NotEvaluated("the edition is unknown and no setting names the cluster listener, which only Enterprise Edition has");
    }

    public override IEnumerable<Finding> Check(PlanContext context)
    {
        foreach (var config in context.Plan.Infrastructure.Configs)
        {
            var (address, setting) = config.ClusterListen;
            // A listener derived from the default listen address exists only on Enterprise: judged only when the edition is known.
            if (setting is null || HostNames.IsLoopback(HostNames.HostOf(address)) || config.IsTrue(Neo4jConfig.ClusterSslEnabled)
                || setting.Name != Neo4jConfig.ClusterListenAddress && !context.Plan.IsEnterprise
                || context.Plan.Dbms?.Version is { Major: < 5 } && !config.DescribesCluster)
            {
                continue;
            }

            var via = setting.Name == Neo4jConfig.ClusterListenAddress ? "" : $" (server.cluster.listen_address takes its host from {setting.WrittenName})";
            yield return InfraReports.At(
                context,
                setting,
                $"The cluster listener binds to '{address}'{via}, which other hosts can reach, but {Neo4jConfig.ClusterSslEnabled} is not true: the cluster port "
                + "ships transactions and serves backups without authentication or encryption; enable dbms.ssl.policy.cluster (client_auth=REQUIRE) on every member "
                + "and firewall the port to the members, or bind it to 127.0.0.1 where the server is not in a cluster",
                "dbms/clusterListener");
        }
    }
}
