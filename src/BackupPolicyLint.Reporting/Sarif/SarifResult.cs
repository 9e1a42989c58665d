namespace BackupPolicyLint.Reporting.Sarif;

/// <summary>One finding. Suppressions is null (absent) for a finding nothing suppresses.</summary>
public sealed record SarifResult(
    string RuleId,
    int RuleIndex,
    string Level,
    SarifMessage Message,
    IReadOnlyList<SarifLocation> Locations,
    IReadOnlyDictionary<string, string> PartialFingerprints,
    IReadOnlyList<SarifSuppression>? Suppressions,
    SarifResultProperties Properties);
