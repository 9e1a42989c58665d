using System.Security.Cryptography;
using System.Text;
using BackupPolicyLint.Diagnostics;

namespace BackupPolicyLint.Evaluation;

/// <summary>
/// Fingerprints from rule, file and subject (element names, not positions), so they survive unrelated edits;
/// a running index separates findings that share all three.
/// </summary>
internal static class Fingerprints
{
    public static IReadOnlyList<Finding> Assign(IReadOnlyList<Finding> sorted)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new List<Finding>(sorted.Count);
        foreach (var finding in sorted)
        {
            var key = $"{finding.RuleId}\n{finding.Span.File}\n{finding.Subject ?? finding.LogicalPath}";
            seen[key] = seen.TryGetValue(key, out var count) ? count + 1 : 0;
            result.Add(finding with { Fingerprint = Hash($"{key}\n{seen[key]}") });
        }

        return result;
    }

    private static string Hash(string text)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return Convert.ToHexStringLower(bytes.AsSpan(0, 16));
    }
}
