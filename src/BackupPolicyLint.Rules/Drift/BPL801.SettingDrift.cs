using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Model;
using BackupPolicyLint.Model.Inventory;
using static BackupPolicyLint.Rules.Controls.ControlCatalog;

namespace BackupPolicyLint.Rules.BuiltIn.Drift;

/// <summary>
/// The plan's backupListener says what the servers run; the live settings say what they do run. A difference means
/// every other network rule judged a DBMS that does not exist. Compared: enabled, listenAddress, tls — each only when
/// the plan states it and the live value was collected (an unconfigured backup SSL policy has no settings: false).
/// </summary>
internal sealed class SettingDrift : PlanRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.SettingDrift,
        Name = "setting-drift",
        Title = "A live backup setting differs from what the plan states.",
        Category = RuleCategory.LiveInventory,
        Inputs = RuleInputs.Plan | RuleInputs.Inventory,
        Severities = DefaultSeverities.Parse("E/E/W"),
        Controls = [Cp9, Sc8, IsoBackup, IsoNetworks, Soc2Recovery],
        Requires = RuleRequirements.Inventory,
    };

    /// <summary>Judged only when the plan states a listener setting and the live DBMS shows that setting: pass means compared.</summary>
    public override Applicability Applies(PlanContext context)
    {
        var inventory = context.RequiredInventory;

        if (context.Plan.Dbms?.BackupListener is not { } listener || listener is { Enabled: null, ListenAddress: null, Tls: null })
        {
            return Applicability.NotEvaluated("the plan states no dbms.backupListener setting (enabled, listenAddress, tls) to compare with the live settings");
        }

        if (!inventory.Has(InventoryParts.Settings))
        {
            return Applicability.NotEvaluated($"the live settings could not be collected ({RuleIds.InventoryIncomplete})");
        }

        if (!ShowsBackupSettings(inventory))
        {
            return Applicability.NotEvaluated(inventory.IsCommunity
                ? "the live DBMS is Community Edition, which has no backup settings (no online backup), so the plan's backupListener has nothing to be compared with"
                : "the live DBMS shows no backup settings (server.backup.*): the collecting user may lack SHOW SETTING on them");
        }

        var compared = (listener.Enabled is not null && inventory.BoolSetting(InventoryParts.BackupEnabled) is not null)
            || (listener.ListenAddress is not null && inventory.Setting(InventoryParts.BackupListenAddress) is not null)
            || listener.Tls is not null;
        return compared ? Applicability.Applicable : Applicability.NotEvaluated("the live DBMS does not show the backup settings the plan states");
    }

    public override IEnumerable<Finding> Check(PlanContext context)
    {
        // Applies answered only when the plan states a listener and the live DBMS shows backup settings.
        if (context.Plan.Dbms?.BackupListener is not { } listener)
        {
            yield break;
        }

        var inventory = context.RequiredInventory;
        var live = LiveLocations.Describe(inventory);
        if (listener.Enabled is { } enabled && inventory.BoolSetting(InventoryParts.BackupEnabled) is { } liveEnabled && enabled != liveEnabled)
        {
            yield return Drift(context, listener, "enabled", $"backupListener.enabled is {Lower(enabled)}, but on {live} {InventoryParts.BackupEnabled} is {Lower(liveEnabled)}");
        }

        if (listener.ListenAddress is { } address && inventory.Setting(InventoryParts.BackupListenAddress) is { } liveAddress
            && !string.Equals(address.Trim(), liveAddress.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            yield return Drift(context, listener, "listenAddress", $"backupListener.listenAddress is '{address}', but on {live} {InventoryParts.BackupListenAddress} is '{liveAddress}'");
        }

        var liveTls = inventory.BoolSetting(InventoryParts.BackupSslEnabled) ?? false;
        if (listener.Tls is { } tls && tls != liveTls)
        {
            yield return Drift(context, listener, "tls", $"backupListener.tls is {Lower(tls)}, but on {live} {InventoryParts.BackupSslEnabled} is {Lower(liveTls)}"
                + (inventory.Setting(InventoryParts.BackupSslEnabled) is null ? " (the backup SSL policy is not configured)" : ""));
        }
    }

    /// <summary>Community, or a user denied SHOW SETTING on these names, sees none of them: nothing to compare.</summary>
    private static bool ShowsBackupSettings(DbmsInventory inventory) =>
        inventory.Settings.Keys.Any(k => k.StartsWith(InventoryParts.BackupPrefix, StringComparison.Ordinal));

    private static Finding Drift(PlanContext context, BackupListenerSpec listener, string key, string difference) =>
        context.ReportInventory(listener, key, $"{difference}; correct the plan to what the servers run, or change the servers' configuration to match the plan", Subjects.BackupListener);

    private static string Lower(bool value) => value ? "true" : "false";
}
