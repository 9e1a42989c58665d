using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using BackupPolicyLint.Evaluation;
using BackupPolicyLint.Rules;
using BackupPolicyLint.Rules.BuiltIn;

namespace BackupPolicyLint.Loading.Policies;

/// <summary>
/// The built-in packs by reference: <c>production</c> (the version this tool ships) or <c>production@2026.11</c>
/// (pinned). Each is built from the rule descriptors and <see cref="BuiltInPackDefinition"/>, with no YAML to parse;
/// its <c>ContentHash</c> is the SHA-256 of <see cref="BuiltInPackText"/>, the text checked in as policies/*.yaml. A
/// pinned pack keeps only the rules whose <c>Since</c> is at or before the pin, so rules added in later versions stay
/// off. Severities and parameters are those of the shipped pack: a pin fixes the rule set, not the severities (see
/// docs/configuration.md).
/// </summary>
internal static partial class BuiltInPacks
{
    public static IReadOnlyList<string> Names { get; } = BuiltInPackDefinition.All.Select(p => p.Name).ToList();

    /// <summary>The packs this tool ships, built once from the catalogue, strictest first.</summary>
    public static IReadOnlyList<PolicyPack> Shipped => ShippedPacks.Value;

    private static readonly Lazy<IReadOnlyList<PolicyPack>> ShippedPacks =
        new(() => BuiltInPackDefinition.All.Select(p => Build(p, RuleCatalog.All.Select(r => r.Descriptor).ToList())).ToList());

    public static bool IsBuiltInReference(string reference) => Names.Contains(reference.Split('@')[0], StringComparer.Ordinal);

    /// <summary>A pack from its definition and the rules' descriptors (in id order): every rule, at its severity for the pack.</summary>
    public static PolicyPack Build(BuiltInPackDefinition definition, IReadOnlyList<RuleDescriptor> rules) => new()
    {
        Name = definition.Name,
        Version = BuiltInPackDefinition.Version,
        Environments = definition.Environments,
        Rules = rules.ToDictionary(
            r => r.Id,
            r => new RuleSetting(r.Severities.For(definition.Name), r.Parameters.ToDictionary(p => p.Name, p => p.DefaultValue, StringComparer.Ordinal)),
            StringComparer.Ordinal),
        Origin = $"built-in:{definition.Name}",
        ContentHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(BuiltInPackText.Render(definition, rules)))),
    };

    /// <param name="reference"><c>production</c> or <c>production@2026.11</c>.</param>
    /// <param name="ruleSince">The pack version each built-in rule first shipped in (descriptors' <c>Since</c>).</param>
    public static PolicyPack Load(string reference, IReadOnlyDictionary<string, string> ruleSince)
    {
        var parts = reference.Split('@', 2);
        var name = parts[0];
        var pack = Shipped.FirstOrDefault(p => p.Name == name)
            ?? throw new PolicyDocumentException($"no built-in policy pack named '{name}' (built-in: {string.Join(", ", Names)})");
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
