namespace BackupPolicyLint.Reporting.Sarif;

/// <summary>The run's property bag: the policy packs that judged it (with content hashes), --now and --changed-since.</summary>
public sealed record SarifRunProperties(IReadOnlyList<SarifPolicyPack> PolicyPacks, string Now, string? ChangedSince);
