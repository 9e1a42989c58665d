using BackupPolicyLint.Diagnostics;

namespace BackupPolicyLint.Evaluation;

/// <summary>A rule's setting in a pack: its severity (null = off) and parameter overrides.</summary>
internal sealed record RuleSetting(Severity? Severity, IReadOnlyDictionary<string, string> Parameters);

/// <summary>A <c>kind: PolicyPack</c>: which rules run, at what severity, with which parameters.</summary>
internal sealed record PolicyPack
{
    public required string Name { get; init; }
    public string Version { get; init; } = "";
    public IReadOnlyList<string> Environments { get; init; } = [];
    public required IReadOnlyDictionary<string, RuleSetting> Rules { get; init; }

    /// <summary>Where the pack came from: "built-in" or a file path.</summary>
    public string Origin { get; init; } = "built-in";

    /// <summary>SHA-256 of the pack's text, so a report can say exactly which policy produced it.</summary>
    public string ContentHash { get; init; } = "";

    public RuleSetting? SettingFor(string ruleId) => Rules.TryGetValue(ruleId, out var setting) ? setting : null;
}
