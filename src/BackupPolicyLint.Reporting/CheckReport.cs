using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Engine;

namespace BackupPolicyLint.Reporting;

/// <summary>What a run produced, finished: findings sorted and fingerprinted. Writers only format it.</summary>
public sealed record CheckReport(string ToolVersion, IReadOnlyList<Finding> Findings, int FilesChecked, IReadOnlyList<PolicyPack> Packs)
{
    public const string ToolName = "backup-policy-lint";

    public int Count(Severity severity) => Findings.Count(f => !f.Suppressed && f.Severity == severity);

    public int SuppressedCount => Findings.Count(f => f.Suppressed);
}
