using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Model.Infra;

namespace BackupPolicyLint.Loading.Infra;

/// <summary>
/// What one infrastructure file says about backups: commands, settings and steps, each located. Readers only record facts;
/// the rules judge them (the one finding a reader makes is BPL001, when a file cannot be read whole).
/// </summary>
internal sealed class InfraFileFacts
{
    public required string File { get; init; }
    public required SourceKind Source { get; init; }
    public List<ExtractedJob> Jobs { get; } = [];
    public List<Neo4jConfig> Configs { get; } = [];
    public List<ScriptStep> PermissionLoosenings { get; } = [];
    public List<ScriptStep> ConsistencyChecks { get; } = [];
    public List<ScriptStep> OverwritingRestores { get; } = [];
    public List<ScriptStep> CertificateCopies { get; } = [];

    /// <summary>Backups and dumps whose failure a pipeline hides (no <c>set -o pipefail</c>).</summary>
    public List<ScriptStep> HiddenFailures { get; } = [];

    /// <summary>Where the file stops, starts or restarts Neo4j on its own host: its local paths are then on a DBMS server.</summary>
    public SourceSpan? ControlsNeo4jHere { get; set; }

    /// <summary>Copies to another host or an object store (aws s3 cp, gsutil, azcopy, rclone, rsync/scp to host:path): type and target.</summary>
    public List<(string Type, string Target, SourceSpan Span)> Uploads { get; } = [];

    /// <summary>Edition and version read from a Neo4j image tag (neo4j:5.26-enterprise), with where.</summary>
    public (string? Edition, string? Version, SourceSpan Span)? Image { get; set; }

    /// <summary>Signs of the edition (image tags, NEO4J_ACCEPT_LICENSE_AGREEMENT, Enterprise-only settings), resolved per plan by <see cref="DbmsIdentity"/>.</summary>
    public List<EditionHint> EditionHints { get; } = [];

    /// <summary>Signs of the version (image tags, the setting names of a conf), resolved per plan by <see cref="DbmsIdentity"/>.</summary>
    public List<VersionHint> VersionHints { get; } = [];

    public bool DescribesCluster { get; set; }

    /// <summary>Backup and dump commands read from this file at most (<see cref="Yaml.ReaderLimits.MaxBackupCommandsPerFile"/>).</summary>
    public int MaxJobs { get; init; } = Yaml.ReaderLimits.Default.MaxBackupCommandsPerFile;

    /// <summary>Where reading commands stopped because <see cref="MaxJobs"/> was reached (BPL001 there), or null.</summary>
    public SourceSpan? JobLimitReachedAt { get; set; }

    /// <summary>Scripts a cron line runs, to be joined with the scripts found under the same checked path.</summary>
    public List<ScheduledScript> ScheduledScripts { get; } = [];

    public bool IsEmpty => !HasOwnFacts && ScheduledScripts.Count == 0;

    /// <summary>Whether the file says something about backups itself, not only which scripts it runs.</summary>
    public bool HasOwnFacts => Jobs.Count > 0 || Configs.Count > 0 || PermissionLoosenings.Count > 0 || ConsistencyChecks.Count > 0
        || OverwritingRestores.Count > 0 || CertificateCopies.Count > 0 || Uploads.Count > 0 || Image is not null || HiddenFailures.Count > 0
        || EditionHints.Count > 0;
}
