using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Documents;
using BackupPolicyLint.Evaluation;
using BackupPolicyLint.Loading.Schema;

namespace BackupPolicyLint.Loading.Policies;

/// <summary>
/// Resolves a pack reference — a built-in (<c>production</c>, <c>production@2026.11</c>) or a pack file — following
/// <c>extends</c>. A pack's rule entries override its base's per rule: a severity replaces the base severity,
/// <c>enabled: false</c> turns the rule off, parameters replace the base's one by one. A pack that extends another is
/// hashed over its own text and its base's hash, so the hash changes when either does. A rule entry may name the rule
/// by id (BPL101) or by name (system-database-not-covered), as `bpl rules explain` accepts either.
/// </summary>
/// <param name="knownRuleIds">Every rule id, built-in and custom.</param>
/// <param name="ruleSince">The built-in pack version that first shipped each built-in rule.</param>
/// <param name="workingDirectory">Pack paths in messages are relative to it.</param>
/// <param name="idsByName">Rule names and the ids they stand for (built-in and custom rules); null accepts ids only.</param>
internal sealed class PackResolver(IReadOnlySet<string> knownRuleIds, IReadOnlyDictionary<string, string> ruleSince, string workingDirectory, IReadOnlyDictionary<string, string>? idsByName = null)
{
    public PolicyPack Resolve(string reference, string baseDirectory) => Resolve(reference, baseDirectory, []);

    private PolicyPack Resolve(string reference, string baseDirectory, List<string> chain)
    {
        if (BuiltInPacks.IsBuiltInReference(reference))
        {
            return BuiltInPacks.Load(reference, ruleSince);
        }

        var full = Path.GetFullPath(reference, baseDirectory);
        if (chain.Contains(full, StringComparer.Ordinal))
        {
            throw new PolicyDocumentException($"policy packs extend each other in a cycle: {string.Join(" → ", chain.Append(full).Select(Display))}");
        }

        if (!File.Exists(full))
        {
            throw new PolicyDocumentException($"policy pack '{reference}' is neither a built-in pack ({string.Join(", ", BuiltInPacks.Names)}) nor a file");
        }

        var document = PolicyDocument.Read(full, Display(full), "PolicyPack", PolicySchemas.PolicyPack);
        var root = document.Root;
        var spec = root.Get("spec");
        var basePack = spec?.Get("extends")?.Text is { } extends
            ? Resolve(extends, document.Directory, [.. chain, full])
            : null;
        var rules = basePack?.Rules.ToDictionary(r => r.Key, r => r.Value, StringComparer.Ordinal)
            ?? new Dictionary<string, RuleSetting>(StringComparer.Ordinal);
        var given = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in spec?.Get("rules")?.Entries ?? [])
        {
            var key = entry.Key.Value;
            var id = knownRuleIds.Contains(key) ? key
                : idsByName?.GetValueOrDefault(key)
                ?? throw new PolicyDocumentException($"{entry.Key.Span}: unknown rule '{key}' (neither the id nor the name of a built-in rule or a custom rule of this project)");
            if (given.TryGetValue(id, out var earlier))
            {
                throw new PolicyDocumentException($"{entry.Key.Span}: rule {id} is already set in this pack as '{earlier}'; keep one entry");
            }

            given[id] = key;
            rules[id] = Override(rules.GetValueOrDefault(id), entry.Value, id);
        }

        var metadata = root.Get("metadata");
        var ownHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document.Text)));
        return new PolicyPack
        {
            Name = metadata!.Get("name")!.Value,
            Version = metadata.Get("version")?.Text ?? "",
            Environments = spec?.Get("environments")?.Items.Select(i => i.Value).ToList() ?? [],
            Rules = rules,
            Origin = document.DisplayPath,
            ContentHash = basePack is null
                ? ownHash
                : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{ownHash}\nextends:{basePack.ContentHash}"))),
        };
    }

    private static RuleSetting Override(RuleSetting? inherited, DocNode value, string id)
    {
        var parameters = new Dictionary<string, string>(inherited?.Parameters ?? new Dictionary<string, string>(), StringComparer.Ordinal);
        if (value.IsScalar)
        {
            return new RuleSetting(Severity(value), parameters);
        }

        foreach (var parameter in value.Get("parameters")?.Entries ?? [])
        {
            parameters[parameter.Key.Value] = parameter.Value.Value;
        }

        var severity = value.Get("severity") is { } given ? Severity(given) : inherited?.Severity;
        var enabled = value.Get("enabled")?.Value;
        if (enabled == "false")
        {
            severity = null;
        }
        else if (enabled == "true" && severity is null)
        {
            throw new PolicyDocumentException($"{value.Span}: {id} is enabled, but neither this pack nor the one it extends gives it a severity; add severity: error, warning or note");
        }

        return new RuleSetting(severity, parameters);
    }

    private static Severity? Severity(DocNode node)
    {
        var text = node.Value.Trim().ToLower(CultureInfo.InvariantCulture);
        return text == "off" ? null : SeverityNames.Parse(text)
            ?? throw new PolicyDocumentException($"{node.Span}: severity '{node.Value}' is not one of error, warning, note, off");
    }

    private string Display(string full) => Path.GetRelativePath(workingDirectory, full).Replace('\\', '/');
}
