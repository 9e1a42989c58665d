namespace BackupPolicyLint.Rules.Controls;

/// <summary>The control frameworks a rule's outcome is evidence for.</summary>
internal enum ControlFramework
{
    /// <summary>NIST SP 800-53 revision 5.</summary>
    Nist,

    /// <summary>ISO/IEC 27001:2022 Annex A.</summary>
    Iso27001,

    /// <summary>AICPA SOC 2 Trust Services Criteria.</summary>
    Soc2,
}
