using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using BackupPolicyLint.Evaluation;

namespace BackupPolicyLint.Loading.Policies;

/// <summary>
/// The built-in packs by reference: <c>production</c> (the version this tool ships) or <c>production@2026.11</c>
/// (pinned). A pinned pack keeps only the rules whose <c>Since</c> is at or before the pin, so rules added in later
/// versions stay off. Severities and parameters are those of the shipped pack: a pin fixes the rule set, not the
/// severities (see docs/configuration.md).
/// </summary>
internal static partial class BuiltInPacks
{
    public static bool IsBuiltInReference(string reference) =>
        PolicyPackLoader.BuiltInNames.Contains(reference.Split('@')[0], StringComparer.Ordinal);

    public static PolicyPack Load(string reference, IReadOnlySet<string> knownRuleIds, IReadOnlyDictionary<string, string> ruleSince)
    {
        var parts = reference.Split('@', 2);
        var name = parts[0];
        var pack = PolicyPackLoader.Parse(PolicyPackLoader.BuiltInText(name), $"built-in:{name}", knownRuleIds);
        if (parts.Length == 1)
        {
            return pack;
        }

        var pin = parts[1];
        if (!VersionPattern().IsMatch(pin))
        {
            throw new PolicyDocumentException($"'{reference}': a built-in pack version is YYYY.MM (e.g. {name}@{pack.Version})");
        }

        if (string.CompareOrdinal(pin, pack.Version) > 0)
        {
            throw new PolicyDocumentException($"'{reference}': this bpl ships {name}@{pack.Version}; upgrade bpl to run {name}@{pin}");
        }

        var first = ruleSince.Values.DefaultIfEmpty(pack.Version).Min(StringComparer.Ordinal)!;
        if (string.CompareOrdinal(pin, first) < 0)
        {
            throw new PolicyDocumentException($"'{reference}': the built-in packs start at {first}; there is no {name}@{pin}");
        }

        var rules = pack.Rules
            .Where(r => !ruleSince.TryGetValue(r.Key, out var since) || string.CompareOrdinal(since, pin) <= 0)
            .ToDictionary(r => r.Key, r => r.Value, StringComparer.Ordinal);
        return pack with
        {
            Version = pin,
            Rules = rules,
            Origin = $"built-in:{name}@{pin}",
            ContentHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{pack.ContentHash}\npin:{pin}\n{string.Join(',', rules.Keys.Order(StringComparer.Ordinal))}"))),
        };
    }

    [GeneratedRegex(@"^\d{4}\.\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex VersionPattern();
}
