namespace BackupPolicyLint.Rules;

/// <summary>SARIF's precision values for a rule (how likely a finding is a true one), as code scanning reads them.</summary>
internal static class RulePrecision
{
    public const string VeryHigh = "very-high";
    public const string High = "high";
    public const string Medium = "medium";
    public const string Low = "low";
}
