namespace BackupPolicyLint.Reporting.Model;

internal static class VerdictKindNames
{
    /// <summary>The report spelling: pass, fail, pass-with-waivers.</summary>
    public static string ToName(this VerdictKind kind) => kind switch
    {
        VerdictKind.Pass => "pass",
        VerdictKind.Fail => "fail",
        _ => "pass-with-waivers",
    };

    /// <summary>For prose: "pass", "fail", "pass with waivers".</summary>
    public static string ToTitle(this VerdictKind kind) => kind.ToName().Replace('-', ' ');
}
