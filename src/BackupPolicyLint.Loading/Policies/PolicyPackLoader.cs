using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Documents;
using BackupPolicyLint.Evaluation;
using BackupPolicyLint.Loading.Files;
using BackupPolicyLint.Loading.Yaml;

namespace BackupPolicyLint.Loading.Policies;

/// <summary>
/// Reads <c>kind: PolicyPack</c> documents. Rule entries are either a severity (<c>BPL101: error</c>) or a mapping
/// with <c>severity</c>, <c>enabled</c> and <c>parameters</c>.
/// </summary>
internal static class PolicyPackLoader
{
    public static readonly IReadOnlyList<string> BuiltInNames = ["production", "staging", "development"];

    /// <summary>The packs shipped inside the tool (from <c>policies/</c>).</summary>
    public static IReadOnlyList<PolicyPack> LoadBuiltIn(IReadOnlySet<string> knownRuleIds) =>
        BuiltInNames.Select(name => Parse(BuiltInText(name), $"built-in:{name}", knownRuleIds)).ToList();

    public static string BuiltInText(string name)
    {
        var resource = $"BackupPolicyLint.Policies.{name}.yaml";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new PolicyPackException($"no built-in policy pack named '{name}' (built-in: {string.Join(", ", BuiltInNames)})");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static PolicyPack LoadFile(string path, IReadOnlySet<string> knownRuleIds)
    {
        string text;
        try
        {
            text = InputFileReader.ReadText(path, ReaderLimits.Default.MaxFileBytes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new PolicyPackException($"cannot read policy pack '{path}': {ex.Message}");
        }

        return Parse(text, path, knownRuleIds);
    }

    public static PolicyPack Parse(string text, string origin, IReadOnlySet<string> knownRuleIds)
    {
        var file = LocatedYamlReader.Read(origin, text);
        if (file.Findings.FirstOrDefault() is { } problem)
        {
            throw new PolicyPackException($"policy pack {problem.Span}: {problem.Message}");
        }

        var root = file.Documents.FirstOrDefault(d => d.Kind == "PolicyPack")?.Root
            ?? throw new PolicyPackException($"policy pack {origin}: no document with kind: PolicyPack");
        var metadata = root.Get("metadata");
        var spec = root.Get("spec");
        var name = metadata?.Get("name")?.Text ?? throw new PolicyPackException($"policy pack {origin}: metadata.name is missing");
        var rules = new Dictionary<string, RuleSetting>(StringComparer.Ordinal);
        foreach (var entry in spec?.Get("rules")?.Entries ?? [])
        {
            var id = entry.Key.Value;
            if (!knownRuleIds.Contains(id))
            {
                throw new PolicyPackException($"policy pack {entry.Key.Span}: unknown rule '{id}'");
            }

            rules[id] = Setting(entry.Value, origin);
        }

        return new PolicyPack
        {
            Name = name,
            Version = metadata?.Get("version")?.Text ?? "",
            Environments = spec?.Get("environments")?.Items.Select(i => i.Value).ToList() ?? [],
            Rules = rules,
            Origin = origin,
            ContentHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))),
        };
    }

    private static RuleSetting Setting(DocNode value, string origin)
    {
        if (value.IsScalar)
        {
            return new RuleSetting(Severity(value, origin), new Dictionary<string, string>());
        }

        var enabled = value.Get("enabled")?.Value is not ("false" or "False" or "FALSE");
        var severityNode = value.Get("severity");
        var severity = severityNode is null ? null : Severity(severityNode, origin);
        var parameters = value.Get("parameters")?.Entries.ToDictionary(e => e.Key.Value, e => e.Value.Value, StringComparer.Ordinal)
            ?? new Dictionary<string, string>();
        return new RuleSetting(enabled ? severity : null, parameters);
    }

    private static Severity? Severity(DocNode node, string origin)
    {
        var text = node.Value.Trim().ToLower(CultureInfo.InvariantCulture);
        if (text is "off" or "false" or "none")
        {
            return null;
        }

        return SeverityNames.Parse(text) ?? throw new PolicyPackException($"policy pack {node.Span}: severity '{node.Value}' is not one of error, warning, note, off");
    }
}
