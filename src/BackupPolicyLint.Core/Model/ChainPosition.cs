namespace BackupPolicyLint.Model;

/// <summary>
/// Where an artifact sits in a backup chain. A <c>.backup</c> file's name does not say whether it is full or
/// differential (docs/artifacts.md), so without <c>neo4j-admin backup inspect</c> data it is <see cref="Unknown"/>.
/// </summary>
public enum ChainPosition
{
    /// <summary>An online backup without inspect data.</summary>
    Unknown,

    /// <summary>A full backup: the store, the start of a chain.</summary>
    Full,

    /// <summary>A differential backup: transactions to replay on top of the chain before it.</summary>
    Differential,

    /// <summary>A dump: self-contained, never part of a chain.</summary>
    Standalone,
}
