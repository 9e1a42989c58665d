using static BackupPolicyLint.Rules.Controls.ControlCatalog;

namespace BackupPolicyLint.Rules.Controls;

/// <summary>
/// Which controls each rule evidences, for every rule of the catalogue (rules.md), including rules written in other
/// branches: one table keyed by rule id, so adding a rule never means editing another rule's file. A meta-test
/// requires every rule in the catalogue to map to at least one control of each framework.
/// </summary>
public static class ControlMappings
{
    private static readonly Dictionary<string, Control[]> ByRuleId = new(StringComparer.Ordinal)
    {
        // Coverage: every database, system included, is backed up.
        ["BPL101"] = [Cp9, IsoBackup, Soc2Recovery],
        ["BPL102"] = [Cp9, IsoBackup, Soc2Recovery],
        ["BPL103"] = [Cp9, IsoBackup, Soc2Recovery],
        ["BPL104"] = [Cp9, IsoBackup, Soc2Recovery],

        // Method and edition: the backup can run and produces a restorable artifact.
        ["BPL201"] = [Cp9, Cp10, IsoBackup, Soc2Recovery],
        ["BPL202"] = [Cp9, IsoBackup, IsoContinuity, Soc2Recovery],
        ["BPL203"] = [Cp9, IsoBackup, Soc2Recovery],
        ["BPL204"] = [Cp9, Cp10, IsoBackup, Soc2Recovery],
        ["BPL205"] = [Cp9, IsoBackup, Soc2Recovery],
        ["BPL206"] = [Cp9, Cp9Testing, IsoBackup, Soc2Recovery],
        ["BPL207"] = [Ac6, IsoBackup, Soc2LogicalAccess],
        ["BPL208"] = [Cp9, IsoBackup, Soc2Recovery],
        ["BPL209"] = [Cp9, IsoBackup, Soc2Recovery],
        ["BPL210"] = [Cp9, IsoBackup, Soc2Recovery],

        // Objectives and scheduling: RPO and RTO are stated and met.
        ["BPL301"] = [Cp9, Cp10, IsoContinuity, Soc2Recovery],
        ["BPL302"] = [Cp9, IsoBackup, IsoContinuity, Soc2Recovery],
        ["BPL303"] = [Cp9, IsoBackup, Soc2Recovery],
        ["BPL304"] = [Cp10, IsoContinuity, Soc2Recovery],

        // Storage and retention: copies survive the loss of the site, for long enough, protected at rest.
        ["BPL401"] = [Cp6, Cp9, IsoBackup, IsoContinuity, Soc2Recovery],
        ["BPL402"] = [Cp6, IsoBackup, IsoContinuity, Soc2Recovery],
        ["BPL403"] = [Cp6, Cp9, IsoBackup, Soc2Recovery],
        ["BPL404"] = [Cp9, IsoBackup, Soc2Recovery],
        ["BPL405"] = [Cp9, IsoBackup, Soc2Recovery],
        ["BPL406"] = [Cp9, Sc28, IsoBackup, Soc2Recovery],
        ["BPL407"] = [Cp9Crypto, Sc28, IsoCryptography, Soc2LogicalAccess],
        ["BPL408"] = [Ac6, Sc28, IsoBackup, Soc2LogicalAccess],

        // Network security: backup traffic is encrypted and the port is not open to all.
        ["BPL501"] = [Sc8, IsoNetworks, IsoCryptography, Soc2Transmission],
        ["BPL502"] = [Sc7, IsoNetworks, Soc2LogicalAccess],
        ["BPL503"] = [Cp9, IsoBackup, Soc2Recovery],
        ["BPL504"] = [Cp9, IsoContinuity, Soc2Recovery],
        ["BPL505"] = [Cp9, IsoBackup, Soc2Recovery],
        ["BPL506"] = [Sc7, Sc8, IsoNetworks, IsoCryptography, Soc2Transmission],

        // Files besides the databases: what a rebuilt DBMS needs besides the stores.
        ["BPL601"] = [Cp9, Cp10, IsoBackup, Soc2Recovery],
        ["BPL602"] = [Cp9, Cp10, IsoBackup, IsoCryptography, Soc2Recovery],
        ["BPL603"] = [Cp9, Cp10, IsoBackup, Soc2Recovery],
        ["BPL604"] = [Cp9, Cp10, IsoBackup, Soc2Recovery],

        // Recovery: restores are tested, documented and done safely.
        ["BPL701"] = [Cp4, Cp9Testing, IsoContinuity, Soc2RecoveryTesting],
        ["BPL702"] = [Cp4, Cp9Testing, IsoContinuity, Soc2RecoveryTesting],
        ["BPL703"] = [Cp10, IsoContinuity, Soc2Recovery],
        ["BPL704"] = [Cp4, Cp10, IsoContinuity, Soc2RecoveryTesting],
        ["BPL705"] = [Cp9, Cp10, IsoBackup, Soc2Recovery],
        ["BPL706"] = [Cp9Testing, IsoBackup, Soc2RecoveryTesting],
        ["BPL707"] = [Cp10, IsoContinuity, Soc2Recovery],
        ["BPL708"] = [Cp4, Cp9Testing, IsoContinuity, Soc2RecoveryTesting],

        // Live inventory: the running DBMS matches the plan that is audited.
        ["BPL801"] = [Cp9, Sc8, IsoBackup, IsoNetworks, Soc2Recovery],
        ["BPL802"] = [Cp9, IsoBackup, Soc2Recovery],
        ["BPL803"] = [Cp9, IsoBackup, Soc2Recovery],
        ["BPL804"] = [Cp9, IsoBackup, Soc2Recovery],
        ["BPL805"] = [Cp9, IsoBackup, Soc2Recovery],
        ["BPL806"] = [Cp9, IsoBackup, Soc2Recovery],

        // Backup artifacts: the backups exist, are fresh, and retention is enforced.
        ["BPL901"] = [Cp9, IsoBackup, Soc2Recovery],
        ["BPL902"] = [Cp9, IsoBackup, Soc2Recovery],
        ["BPL903"] = [Cp9, IsoBackup, Soc2Recovery],
        ["BPL904"] = [Cp9, Cp9Testing, IsoBackup, Soc2Recovery],
    };

    /// <summary>The rule ids the table maps (for the meta-tests).</summary>
    public static IEnumerable<string> RuleIds => ByRuleId.Keys;

    /// <summary>The controls a rule evidences; none for an id the table does not know.</summary>
    public static IReadOnlyList<Control> For(string ruleId) => ByRuleId.TryGetValue(ruleId, out var controls) ? controls : [];
}
