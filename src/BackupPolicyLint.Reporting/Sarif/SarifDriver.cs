namespace BackupPolicyLint.Reporting.Sarif;

/// <summary>The tool component that produced the results, with every rule a result may refer to.</summary>
public sealed record SarifDriver(string Name, string Version, string SemanticVersion, string InformationUri, IReadOnlyList<SarifRule> Rules);
