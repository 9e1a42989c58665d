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
    /// <summary>
    /// Fingerprints findings as they stream by in report order. The running index is per file, and the order puts a
    /// file's findings together, so only the current file's keys are held.
    /// </summary>
    public static IEnumerable<Finding> Assign(IEnumerable<Finding> sorted)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        string? file = null;
        foreach (var finding in sorted)
        {
            if (!string.Equals(file, finding.Span.File, StringComparison.Ordinal))
            {
                seen.Clear();
                file = finding.Span.File;
            }

            var key = $"{finding.RuleId}\n{finding.Span.File}\n{finding.Subject ?? finding.LogicalPath}";
            seen[key] = seen.TryGetValue(key, out var count) ? count + 1 : 0;
            yield return finding with { Fingerprint = Hash($"{key}\n{seen[key]}") };
        }
    }

    private static string Hash(string text)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return Convert.ToHexStringLower(bytes.AsSpan(0, 16));
    }
}
