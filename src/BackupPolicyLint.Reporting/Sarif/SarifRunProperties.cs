namespace BackupPolicyLint.Reporting.Sarif;

/// <summary>
/// The run's property bag: the policy packs that judged it (with content hashes), --now and --changed-since; and when
/// --max-results left results out, how many the run found (the results array holds the most severe of them).
/// </summary>
public sealed record SarifRunProperties(IReadOnlyList<SarifPolicyPack> PolicyPacks, string Now, string? ChangedSince)
{
    public int? ResultsFound { get; init; }

    public bool? ResultsTruncated { get; init; }
}
