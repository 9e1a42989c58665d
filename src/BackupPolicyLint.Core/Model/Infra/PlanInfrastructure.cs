namespace BackupPolicyLint.Model.Infra;

/// <summary>
/// What the infrastructure files of a plan add to it besides jobs (which join <see cref="BackupPlan.Jobs"/>): the Neo4j
/// settings they set, commands that loosen the modes of backup files, and consistency-check steps.
/// </summary>
public sealed record PlanInfrastructure
{
    /// <summary>The infrastructure of a plan that claims no infrastructure files: nothing.</summary>
    public static readonly PlanInfrastructure None = new();

    /// <summary>True for the plan bpl makes of infrastructure no plan claims: judged as production, by S and C rules only.</summary>
    public bool Implicit { get; init; }

    /// <summary>The infrastructure files, as displayed in reports.</summary>
    public IReadOnlyList<string> Files { get; init; } = [];

    /// <summary>For an implicit plan with a known edition: what in the files says it (for messages), e.g. "the image tag 5.26.0-community (k8s/neo4j.yaml:17)".</summary>
    public string? EditionEvidence { get; init; }

    /// <summary>The Neo4j settings each file sets, one entry per file.</summary>
    public IReadOnlyList<Neo4jConfig> Configs { get; init; } = [];

    /// <summary><c>chmod</c> to modes others can use, and <c>umask</c> values that give others access, on backup paths.</summary>
    public IReadOnlyList<ScriptStep> PermissionLoosenings { get; init; } = [];

    /// <summary><c>neo4j-admin database check</c> (or 4.4 <c>check-consistency</c>) steps.</summary>
    public IReadOnlyList<ScriptStep> ConsistencyChecks { get; init; } = [];

    /// <summary>Restores that replace an existing database (<c>--overwrite-destination</c>, 4.4 <c>--force</c>).</summary>
    public IReadOnlyList<ScriptStep> OverwritingRestores { get; init; } = [];

    /// <summary>Commands that copy TLS material (the certificates directory) somewhere: SSL material is backed up.</summary>
    public IReadOnlyList<ScriptStep> CertificateCopies { get; init; } = [];

    /// <summary>Backups and dumps piped into another command in a shell without <c>set -o pipefail</c>: their failure is hidden (BPL210).</summary>
    public IReadOnlyList<ScriptStep> HiddenFailures { get; init; } = [];

    /// <summary>True when the files add no settings and no steps.</summary>
    public bool IsEmpty => Configs.Count == 0 && PermissionLoosenings.Count == 0 && ConsistencyChecks.Count == 0
        && OverwritingRestores.Count == 0 && CertificateCopies.Count == 0 && HiddenFailures.Count == 0;
}
