namespace BackupPolicyLint.Model;

/// <summary>What produced an artifact: an online backup (<c>.backup</c>) or an offline dump (<c>.dump</c>).</summary>
public enum ArtifactKind
{
    /// <summary>An online backup (<c>neo4j-admin database backup</c>), a <c>.backup</c> file.</summary>
    Backup,
    /// <summary>An offline dump (<c>neo4j-admin database dump</c>), a <c>.dump</c> file.</summary>
    Dump,
}
