namespace BackupPolicyLint.Rules.Controls;

/// <summary>The controls bpl's rules evidence (titles as the frameworks write them).</summary>
internal static class ControlCatalog
{
    public static readonly Control Cp9 = new(ControlFramework.Nist, "CP-9", "System Backup");
    public static readonly Control Cp9Testing = new(ControlFramework.Nist, "CP-9(1)", "System Backup | Testing for Reliability and Integrity");
    public static readonly Control Cp9Crypto = new(ControlFramework.Nist, "CP-9(8)", "System Backup | Cryptographic Protection");
    public static readonly Control Cp6 = new(ControlFramework.Nist, "CP-6", "Alternate Storage Site");
    public static readonly Control Cp4 = new(ControlFramework.Nist, "CP-4", "Contingency Plan Testing");
    public static readonly Control Cp10 = new(ControlFramework.Nist, "CP-10", "System Recovery and Reconstitution");
    public static readonly Control Sc7 = new(ControlFramework.Nist, "SC-7", "Boundary Protection");
    public static readonly Control Sc8 = new(ControlFramework.Nist, "SC-8", "Transmission Confidentiality and Integrity");
    public static readonly Control Sc28 = new(ControlFramework.Nist, "SC-28", "Protection of Information at Rest");
    public static readonly Control Ac6 = new(ControlFramework.Nist, "AC-6", "Least Privilege");

    public static readonly Control IsoBackup = new(ControlFramework.Iso27001, "A.8.13", "Information backup");
    public static readonly Control IsoContinuity = new(ControlFramework.Iso27001, "A.5.30", "ICT readiness for business continuity");
    public static readonly Control IsoNetworks = new(ControlFramework.Iso27001, "A.8.20", "Networks security");
    public static readonly Control IsoCryptography = new(ControlFramework.Iso27001, "A.8.24", "Use of cryptography");

    public static readonly Control Soc2Recovery = new(ControlFramework.Soc2, "A1.2", "Environmental protections, software, data backup processes and recovery infrastructure");
    public static readonly Control Soc2RecoveryTesting = new(ControlFramework.Soc2, "A1.3", "Recovery plan procedures are tested");
    public static readonly Control Soc2LogicalAccess = new(ControlFramework.Soc2, "CC6.1", "Logical access security over protected information assets");
    public static readonly Control Soc2Transmission = new(ControlFramework.Soc2, "CC6.7", "Transmission, movement and removal of information is restricted and protected");

    public static IReadOnlyList<Control> All { get; } =
    [
        Cp9, Cp9Testing, Cp9Crypto, Cp6, Cp4, Cp10, Sc7, Sc8, Sc28, Ac6,
        IsoBackup, IsoContinuity, IsoNetworks, IsoCryptography,
        Soc2Recovery, Soc2RecoveryTesting, Soc2LogicalAccess, Soc2Transmission,
    ];
}
