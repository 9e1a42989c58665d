namespace BackupPolicyLint.Model;

/// <summary>Where an artifact's time comes from, most exact first.</summary>
public enum TimestampOrigin
{
    /// <summary>The <c>TIME (UTC)</c> column of <c>neo4j-admin backup inspect</c>.</summary>
    Inspect,

    /// <summary>The <c>YYYY-MM-DDTHH-MM-SS</c> part of the file name, read as UTC.</summary>
    Name,

    /// <summary>The file's last-write time (names without a timestamp, e.g. <c>neo4j.dump</c>).</summary>
    FileTime,
}
