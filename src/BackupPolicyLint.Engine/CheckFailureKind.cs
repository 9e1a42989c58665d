namespace BackupPolicyLint.Engine;

/// <summary>Why a check could not be run as asked. Problems inside the checked files are findings, never failures.</summary>
internal enum CheckFailureKind
{
    /// <summary>A path the request names (a checked path, an inventory, a backup location, a rule folder, a baseline) does not exist.</summary>
    MissingInput,

    /// <summary>An input exists but cannot be read or is not what the request says it is (a file where a folder is needed).</summary>
    UnreadableInput,

    /// <summary>The request contradicts itself or names something unknown (an inspect file without a backup location, an unknown pack).</summary>
    InvalidRequest,

    /// <summary>A config, policy pack, custom rule, waiver or baseline file cannot be used; the message carries its file:line:col.</summary>
    InvalidPolicy,

    /// <summary>A C# script rule does not compile or uses an API it may not.</summary>
    ScriptRejected,

    /// <summary>The live inventory of a DBMS could not be collected.</summary>
    InventoryUnavailable,

    /// <summary>git could not say which files changed (the changed-files filter was asked for).</summary>
    ChangedFilesUnavailable,

    /// <summary>A checked folder holds no file bpl reads, and the request did not allow that.</summary>
    NoFilesToCheck,

    /// <summary>A large run could not write or read back its temporary files ($TMPDIR missing, not writable, or full).</summary>
    TemporaryStorageUnavailable,
}
