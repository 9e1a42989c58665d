using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using BackupPolicyLint.Model;
using BackupPolicyLint.Model.Inventory;

namespace BackupPolicyLint.Cli.Inventory;

/// <summary>
/// The text of a commented starter plan: from an inventory, every database and server found, one job covering all of
/// them, and TODO markers where only people know the answer (storage, objectives, recovery testing); without one, a
/// commented template. Either way it is a schema-valid plan, so `bpl check` judges it at once.
/// </summary>
internal static partial class PlanScaffold
{
    /// <summary>
    /// The plan schema as raw JSON (a github.com/…/blob/ page is HTML, which editors cannot use). For a pinned or offline
    /// copy, `bpl schema plan --output FILE` writes the schema of this bpl, and the modeline can point at that file.
    /// </summary>
    public const string SchemaUri = "https://raw.githubusercontent.com/backup-policy-lint/backup-policy-lint/main/policies/schema/backup-plan.schema.json";

    public static string From(DbmsInventory? inventory, string toolVersion)
    {
        var text = new StringBuilder();
        void Line(string line = "") => text.Append(line).Append('\n');

        Line($"# yaml-language-server: $schema={SchemaUri}");
        if (inventory is null)
        {
            Line($"# Starter backup plan written by bpl {toolVersion} (`bpl init`). No DBMS was read: every value below is an");
            Line("# example. `bpl init --neo4j-uri URL` or `--inventory FILE` declares your real databases and servers.");
        }
        else
        {
            Line($"# Starter backup plan written by bpl {toolVersion} from the inventory '{inventory.Name}'");
            Line($"# ({(inventory.Source.Length > 0 ? inventory.Source + ", " : "")}collected {inventory.CollectedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)}).");
            Line("# Every database and server found is declared, and one job covers all of them.");
        }

        Line("# Work through the TODOs, then run `bpl check` on this file. Format: docs/plan-format.md.");
        Line("apiVersion: bpl/v1");
        Line("kind: BackupPlan");
        Line("metadata:");
        Line($"  name: {PlanName(inventory)}    # TODO: a unique name for this plan");
        Line("  owner: TODO-team              # TODO: the team or person accountable");
        Line("spec:");
        Line("  environment: production       # development | test | staging | production (picks the policy pack)");
        Line("  dbms:");
        var community = inventory?.IsCommunity ?? false;
        var cluster = inventory is not null && (inventory.Servers.Count > 1 || inventory.Databases.Select(d => d.AddressHost).Distinct().Count() > 1);
        Line($"    edition: {(community ? "community" : "enterprise")}{(inventory?.Edition is null ? "          # TODO: community | enterprise" : "")}");
        Line($"    version: \"{PlanVersion(inventory?.VersionText)}\"{(inventory?.VersionText is { } v ? $"              # live: {v}" : "             # TODO: your Neo4j version")}");
        Line($"    topology: {(cluster ? "cluster" : "standalone")}");
        if (inventory is not null)
        {
            Line($"    inventory: {Quote(inventory.Name)}           # checked against this inventory with --inventory / --neo4j-uri");
        }

        Line("    servers:                     # TODO: add zone and site to each (failure domains for off-site checks)");
        foreach (var (name, address) in Servers(inventory))
        {
            Line($"      - name: {Quote(name)}");
            Line($"        address: {Quote(address)}");
        }

        if (!community)
        {
            var listen = inventory?.Setting(InventoryParts.BackupListenAddress) ?? "127.0.0.1:6362";
            Line("    backupListener:              # the server side of online backups");
            Line($"      enabled: {Lower(inventory?.BoolSetting(InventoryParts.BackupEnabled) ?? true)}");
            Line($"      listenAddress: {Quote(listen)}");
            Line($"      tls: {Lower(inventory?.BoolSetting(InventoryParts.BackupSslEnabled) ?? false)}                   # dbms.ssl.policy.backup.enabled");
        }

        if (inventory?.Plugins is { Count: > 0 } plugins)
        {
            Line("    features:");
            Line($"      plugins: [ {string.Join(", ", plugins.Select(Quote))} ]");
        }

        Line("  databases:");
        foreach (var database in Databases(inventory))
        {
            Line($"    - name: {Quote(database.Name)}");
            if (database.IsComposite)
            {
                Line("      type: composite            # holds no data: its constituents are backed up instead");
                if (database.Constituents.Count > 0)
                {
                    Line($"      constituents: [ {string.Join(", ", database.Constituents.Select(Quote))} ]");
                }
            }
        }

        Line("  objectives:                    # TODO: agree these with the data owners");
        Line("    rpo: 24h                     # TODO: tolerated data loss");
        Line("    rto: 4h                      # TODO: tolerated downtime on failure");
        Line($"    downtimeTolerance: {(community ? "hours" : "none")}");
        Line("  storage:                       # TODO: where backups land, and an off-site copy");
        Line("    - name: backup-disk");
        Line("      type: local");
        Line("      host: TODO-backup-host     # TODO: the machine that runs neo4j-admin");
        Line("      path: /backups/neo4j");
        Line("  jobs:");
        Line($"    - name: nightly-{(community ? "dump" : "full")}");
        if (community)
        {
            Line("      command: dump                # Community: offline dump, the DBMS must be stopped");
        }
        else
        {
            Line("      command: backup");
            Line("      type: full");
        }

        Line("      databases: [ \"*\" ]           # every standard database and system");
        Line("      schedule: \"0 2 * * *\"        # TODO: inside your off-peak window (cron, UTC)");
        Line("      runsOn: TODO-backup-host");
        Line("      runAs: neo4j");
        if (!community && cluster)
        {
            Line($"      from: [ {string.Join(", ", Servers(inventory).Select(s => Quote($"{HostNames.HostOf(s.Address)}:6362")))} ]   # TODO: the backup port of each server");
        }

        Line("      destination: backup-disk");
        Line("  retention:");
        Line("    keepLast: 14                 # TODO: your retention policy");
        Line("  recovery:");
        Line($"    restoreMethod: {(community ? "load" : cluster ? "seed-from-uri" : "restore")}");
        Line("    testing:");
        Line("      cadence: 90d               # TODO: how often a restore is rehearsed");
        Line("      # lastTested: 2026-01-31   # TODO: the date of the last restore test");
        return text.ToString();
    }

    private static IEnumerable<(string Name, string Address)> Servers(DbmsInventory? inventory)
    {
        if (inventory is null)
        {
            return [("server-1", "TODO-host")];
        }

        if (inventory.Servers.Count > 0)
        {
            return inventory.Servers.Select(s => (s.Name, s.Address ?? "TODO-host"));
        }

        var hosts = inventory.Databases.Select(d => d.Address).Where(a => a is not null).Distinct().ToList();
        return hosts.Count == 0
            ? [("server-1", Uri.TryCreate(inventory.Source, UriKind.Absolute, out var uri) ? uri.Host : "TODO-host")]
            : hosts.Select((a, i) => ($"server-{i + 1}", a!));
    }

    private static IEnumerable<InventoryDatabase> Databases(DbmsInventory? inventory) =>
        inventory is null || inventory.Databases.Count == 0
            ? [new InventoryDatabase { Name = "system", Type = "system" }, new InventoryDatabase { Name = "neo4j" }]
            : inventory.DatabaseNames.Select(n => inventory.FindDatabase(n)!);

    private static string PlanName(DbmsInventory? inventory)
    {
        var name = NotAllowed().Replace((inventory?.Name ?? "my-dbms").ToLowerInvariant(), "-").Trim('-', '.', '_');
        return (name.Length == 0 ? "my-dbms" : name) + "-backup";
    }

    /// <summary>The plan's version form: major.minor ("5.26", "2025.10"); the schema rejects other shapes.</summary>
    private static string PlanVersion(string? live) =>
        Neo4jVersion.TryParse(live, out var version) && version.Major is 4 or 5 or >= 2020 ? version.ToString() : "5.26";

    private static string Lower(bool value) => value ? "true" : "false";

    /// <summary>Double-quoted when YAML could read the text as something else.</summary>
    private static string Quote(string text) => Plain().IsMatch(text) && text is not ("true" or "false" or "null" or "yes" or "no") ? text : $"\"{text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"";

    [GeneratedRegex("[^a-z0-9_.-]+")]
    private static partial Regex NotAllowed();

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_.\-/]*$")]
    private static partial Regex Plain();
}
