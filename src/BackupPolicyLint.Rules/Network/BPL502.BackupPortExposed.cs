using System.Globalization;
using System.Net.Sockets;
using BackupPolicyLint.Analysis;
using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Model;
using static BackupPolicyLint.Rules.Controls.ControlCatalog;

namespace BackupPolicyLint.Rules.BuiltIn.Network;

/// <summary>
/// Neo4j's security checklist calls it very important never to expose the backup port outside the network: it serves a
/// full copy of every database. An off-host listener needs an allow-list of the backup clients, no wider than the pack allows.
/// </summary>
internal sealed class BackupPortExposed : PlanRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.BackupPortExposed,
        Name = "backup-port-exposed",
        Title = "The backup listener is reachable from other hosts without a narrow allow-list.",
        Category = RuleCategory.NetworkSecurity,
        Inputs = RuleInputs.Plan | RuleInputs.Config,
        Severities = DefaultSeverities.Parse("E/E/W"),
        Controls = [Sc7, IsoNetworks, Soc2LogicalAccess],
        SecuritySeverity = 8.1,
        Parameters = [new RuleParameter("maxPrefixV4", "24", "The shortest IPv4 prefix an allowedSources range may have; shorter (wider) ranges are reported.")],
    };

    public override IEnumerable<Finding> Check(PlanContext context)
    {
        var plan = context.Plan;
        // A conf (or NEO4J_* settings) opening the listener, when no plan records the allow-list that guards it.
        // Community Edition has no backup listener: its settings open nothing.
        if (plan.Dbms?.BackupListener is not { AllowedSources.Count: > 0 } && !plan.IsCommunity)
        {
            foreach (var config in plan.Infrastructure.Configs)
            {
                var (address, setting) = config.BackupListen;
                if (setting is not null && config.BackupServiceEnabled && !HostNames.IsLoopback(HostNames.HostOf(address)))
                {
                    yield return InfraReports.At(
                        context,
                        setting,
                        $"{setting.WrittenName} is '{setting.Value}', so the backup port, which serves a full copy of every database, is reachable from other hosts, "
                        + "and no plan records the firewall allow-list that limits it: restrict the port to the backup clients (one /32 each) and record them in a plan's "
                        + $"backupListener.allowedSources (claiming this file in spec.dbms.configFiles), or bind it to {NetworkAnalysis.DefaultBackupListenAddress}",
                        Subjects.BackupListener);
                }
            }
        }

        if (plan.Dbms?.BackupListener is not { } listener || !plan.IsBackupListenerOffHost())
        {
            yield break;
        }

        if (listener.AllowedSources.Count == 0)
        {
            var key = listener.Node.Entry("allowedSources") is null ? "listenAddress" : "allowedSources";
            yield return context.Report(
                listener,
                key,
                $"The backup listener binds to '{listener.ListenAddress}', which other hosts can reach, and backupListener.allowedSources is empty: "
                + "restrict the backup port in the firewall to the backup clients (one /32 each) and list them in allowedSources, "
                + $"or bind it to {NetworkAnalysis.DefaultBackupListenAddress}",
                Subjects.BackupListener);
            yield break;
        }

        var maxPrefix = context.Number("maxPrefixV4");
        foreach (var source in listener.AllowedSources)
        {
            if (Width(source.Name, maxPrefix) is { } width)
            {
                yield return context.Report(
                    source.Node,
                    $"backupListener.allowedSources entry '{source.Name}' {width} to the backup port, which serves a full copy of every database; "
                    + $"list the backup clients instead (one /32 each, IPv4 prefixes of /{maxPrefix.ToString(CultureInfo.InvariantCulture)} or longer)",
                    Subjects.BackupListener);
            }
        }
    }

    /// <summary>
    /// Why an entry is too wide (any address, an IPv4 prefix shorter than the pack allows, an IPv6 prefix shorter than /120),
    /// or null: one host (an address, /32, /128, a host name), a narrow range, or an entry that is not an address at all
    /// (BPL002 reports that one).
    /// </summary>
    private static string? Width(string entry, double maxPrefixV4)
    {
        if (!AddressRange.TryParse(entry, out var range, out _) || range.IsHostName)
        {
            return null;
        }

        if (range.IsAny)
        {
            return "admits any address";
        }

        var narrowest = range.Family == AddressFamily.InterNetworkV6 ? MaxPrefixV6 : maxPrefixV4;
        if (range.Prefix >= narrowest)
        {
            return null;
        }

        var bits = range.MaxPrefix - range.Prefix;
        return bits <= 32
            ? $"admits {Math.Pow(2, bits).ToString("N0", CultureInfo.InvariantCulture)} addresses"
            : $"admits 2^{bits.ToString(CultureInfo.InvariantCulture)} addresses";
    }

    /// <summary>An IPv6 range of more than 256 addresses (a /120 is one IPv4 /24's worth) is wider than a list of clients.</summary>
    private const int MaxPrefixV6 = 120;
}
