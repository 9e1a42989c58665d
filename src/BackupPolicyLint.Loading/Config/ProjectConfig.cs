using BackupPolicyLint.Suppressions;

namespace BackupPolicyLint.Loading.Config;

/// <summary>A <c>kind: Config</c> (<c>.bpl.yaml</c>), with every path in it made absolute against the config's folder.</summary>
internal sealed record ProjectConfig
{
    public const string FileName = ".bpl.yaml";

    public required string FullPath { get; init; }
    public required string DisplayPath { get; init; }
    public string Directory => Path.GetDirectoryName(FullPath) ?? ".";
    public IReadOnlyList<string> Include { get; init; } = [];
    public IReadOnlyList<string> Exclude { get; init; } = [];
    public IReadOnlyList<PackAssignment> Packs { get; init; } = [];
    public IReadOnlyList<string> RuleDirectories { get; init; } = [];
    public IReadOnlyList<string> WaiverFiles { get; init; } = [];
    public string? Baseline { get; init; }
    public string? Format { get; init; }
    public string? FailOn { get; init; }
    public InlineSuppressionRules InlineSuppressions { get; init; } = InlineSuppressionRules.Default;
    public TimeSpan? ScriptTimeout { get; init; }

    /// <summary><c>scripts.allocationLimitMiB</c>: what one script may allocate on one plan.</summary>
    public int? ScriptAllocationLimitMiB { get; init; }

    /// <summary>
    /// <c>scripts.allowUnsafeApis</c>: scripts may use files, processes, network, reflection (no compile-time guard).
    /// Honoured only from a <c>--config</c> outside the checked repository (the CLI's ScriptTrust decides).
    /// </summary>
    public bool AllowUnsafeScriptApis { get; init; }

    /// <summary>Whether a file found by walking a folder is read: it matches an include glob (when any) and no exclude glob.</summary>
    public bool Selects(string fullPath)
    {
        var relative = Path.GetRelativePath(Directory, fullPath).Replace('\\', '/');
        return (Include.Count == 0 || Include.Any(g => Glob.IsMatch(g, relative))) && !Exclude.Any(g => Glob.IsMatch(g, relative));
    }
}
