using BackupPolicyLint.Evaluation;
using BackupPolicyLint.Rules;

namespace BackupPolicyLint.Engine;

/// <summary>
/// A project's custom rules run in every pack at the severity they declare, unless the pack says otherwise (a pack
/// entry for the id sets its severity, parameters, or turns it off).
/// </summary>
internal static class CustomRuleDefaults
{
    public static PolicyPack Add(PolicyPack pack, IReadOnlyList<PlanRule> customRules)
    {
        var missing = customRules.Where(r => !pack.Rules.ContainsKey(r.Descriptor.Id)).ToList();
        if (missing.Count == 0)
        {
            return pack;
        }

        var rules = pack.Rules.ToDictionary(r => r.Key, r => r.Value, StringComparer.Ordinal);
        foreach (var rule in missing)
        {
            rules[rule.Descriptor.Id] = new RuleSetting(rule.Descriptor.Severities.Production, new Dictionary<string, string>());
        }

        return pack with { Rules = rules };
    }
}
