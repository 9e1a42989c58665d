namespace BackupPolicyLint.Reporting.Sarif;

/// <summary>A reportingDescriptor: a rule's id, texts, docs page and the level it ran at.</summary>
public sealed record SarifRule(
    string Id,
    string Name,
    SarifMessage ShortDescription,
    SarifMessage FullDescription,
    SarifMessage Help,
    string? HelpUri,
    SarifConfiguration DefaultConfiguration,
    SarifRuleProperties Properties);
