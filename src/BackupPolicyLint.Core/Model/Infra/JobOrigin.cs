using BackupPolicyLint.Diagnostics;

namespace BackupPolicyLint.Model.Infra;

/// <summary>
/// Where a job extracted from infrastructure comes from: the kind of file (script or manifest) and the command as written,
/// so rules can speak in the file's own terms (<c>--to-path</c>, not <c>destination</c>).
/// </summary>
/// <param name="Source">Script (shell, cron, Dockerfile, CI step) or manifest (Kubernetes, docker-compose, Helm values).</param>
/// <param name="Tool">The command recognised, e.g. <c>neo4j-admin database backup</c>, <c>neo4j-admin backup</c> (4.4) or <c>cp</c>.</param>
/// <param name="Syntax">"5" for <c>neo4j-admin database …</c> and <c>backup aggregate</c>, "4.4" for the 4.4 forms, "" for other tools.</param>
public sealed record JobOrigin(SourceKind Source, string Tool, string Syntax)
{
    /// <summary>True when the command uses the Neo4j 4.4 syntax.</summary>
    public bool Is44 => Syntax == "4.4";
}
