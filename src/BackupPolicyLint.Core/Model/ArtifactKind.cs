namespace BackupPolicyLint.Model;

/// <summary>What produced an artifact: an online backup (<c>.backup</c>) or an offline dump (<c>.dump</c>).</summary>
public enum ArtifactKind
{
    Backup,
    Dump,
}
