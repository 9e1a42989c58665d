namespace BackupPolicyLint.Loading.Yaml;

/// <summary>Bounds applied to every input file: untrusted files must not exhaust memory or the stack.</summary>
internal sealed record ReaderLimits
{
    public static readonly ReaderLimits Default = new();

    public long MaxFileBytes { get; init; } = 10 * 1024 * 1024;
    public int MaxDepth { get; init; } = 64;

    /// <summary>Nodes a document may expand to once aliases are followed ("billion laughs" stops here).</summary>
    public long MaxExpandedNodes { get; init; } = 1_000_000;

    /// <summary>
    /// Keys in one mapping. Real plans, manifests and values files have tens to hundreds; a generated file of hundreds of
    /// thousands only costs time and memory (docs/security.md, "Limits on input").
    /// </summary>
    public int MaxKeysPerMapping { get; init; } = 50_000;

    /// <summary>
    /// Backup and dump commands read from one file. A real script has a handful; each costs about 12 KiB through the rules
    /// (its job, tokens, findings), so a generated file of hundreds of thousands would cost gigabytes.
    /// </summary>
    public int MaxBackupCommandsPerFile { get; init; } = 10_000;
}
