namespace BackupPolicyLint.Rules.Controls;

internal static class ControlFrameworkNames
{
    /// <summary>The command-line and JSON key: nist, iso27001, soc2.</summary>
    public static string ToKey(this ControlFramework framework) => framework switch
    {
        ControlFramework.Nist => "nist",
        ControlFramework.Iso27001 => "iso27001",
        _ => "soc2",
    };

    public static string ToTitle(this ControlFramework framework) => framework switch
    {
        ControlFramework.Nist => "NIST SP 800-53 Rev. 5",
        ControlFramework.Iso27001 => "ISO/IEC 27001:2022 Annex A",
        _ => "SOC 2 Trust Services Criteria",
    };

    /// <summary>The framework's name as a prefix of a control id: "NIST SP 800-53 CP-9".</summary>
    public static string ToShortTitle(this ControlFramework framework) => framework switch
    {
        ControlFramework.Nist => "NIST SP 800-53",
        ControlFramework.Iso27001 => "ISO/IEC 27001",
        _ => "SOC 2",
    };

    public static ControlFramework? Parse(string? key) => key switch
    {
        "nist" => ControlFramework.Nist,
        "iso27001" => ControlFramework.Iso27001,
        "soc2" => ControlFramework.Soc2,
        _ => null,
    };
}
