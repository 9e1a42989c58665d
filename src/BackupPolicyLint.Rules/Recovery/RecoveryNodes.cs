using BackupPolicyLint.Documents;
using BackupPolicyLint.Model;

namespace BackupPolicyLint.Rules.BuiltIn.Recovery;

/// <summary>Where the BPL7xx rules report about <c>recovery.testing</c> keys: the key, or the nearest parent key that exists.</summary>
internal static class RecoveryNodes
{
    public static DocNode TestingKey(BackupPlan plan, string key) =>
        plan.Recovery?.Testing?.Node.Entry(key)?.Key
        ?? plan.Recovery?.Node.Entry("testing")?.Key
        ?? plan.SpecNode.Entry("recovery")?.Key
        ?? plan.Node.Entry("spec")?.Key
        ?? plan.SpecNode;

    /// <summary>A date as plans write it: 2026-09-15, or with its time when it has one.</summary>
    public static string Format(DateTimeOffset when) =>
        when.TimeOfDay == TimeSpan.Zero ? when.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
            : when.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
