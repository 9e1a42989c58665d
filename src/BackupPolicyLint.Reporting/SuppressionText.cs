using System.Globalization;
using BackupPolicyLint.Diagnostics;

namespace BackupPolicyLint.Reporting;

/// <summary>One line about why a finding is suppressed, the same in every text-like format.</summary>
internal static class SuppressionText
{
    /// <summary>"waiver at waivers.yaml:9: justification; owner team-x; expires 2027-03-31" (unknown parts left out).</summary>
    public static string Describe(Finding finding)
    {
        if (finding.Suppression is not { } suppression)
        {
            return "suppressed (no details recorded)";
        }

        var parts = new List<string> { $"{suppression.Kind.ToName()} at {suppression.DeclaredAt}: {suppression.Justification}" };
        if (suppression.Owner is { } owner)
        {
            parts.Add($"owner {owner}");
        }

        if (suppression.Expires is { } expires)
        {
            parts.Add($"expires {Date(expires)}");
        }

        return string.Join("; ", parts);
    }

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
