using System.Text.Json.Serialization;

namespace BackupPolicyLint.Reporting.Sarif;

/// <summary>
/// A rule's property bag: its category (and "security" for security rules) as tags, which code scanning filters by; the
/// controls it evidences; how likely a finding is right; and, for security rules, the score GitHub ranks alerts by.
/// </summary>
public sealed record SarifRuleProperties(
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> Controls,
    string Precision,
    [property: JsonPropertyName("security-severity")] string? SecuritySeverity);
