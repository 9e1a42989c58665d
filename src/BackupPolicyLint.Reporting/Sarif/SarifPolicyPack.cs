namespace BackupPolicyLint.Reporting.Sarif;

/// <summary>A policy pack as the run properties name it; <see cref="Plans"/> are the plans it judged.</summary>
public sealed record SarifPolicyPack(string Name, string Version, string Origin, string ContentHash, IReadOnlyList<string> Plans);
