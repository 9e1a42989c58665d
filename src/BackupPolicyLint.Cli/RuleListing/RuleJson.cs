using System.Text.Json;
using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Reporting;
using BackupPolicyLint.Rules;

namespace BackupPolicyLint.Cli.RuleListing;

/// <summary>
/// `bpl rules list --format json`: {"rules": [...]}, each rule with id, name, title, category, inputs, its default
/// severity per built-in pack (null: off), the pack version that first shipped it, precision, security severity (null
/// for non-security rules), help URI, and origin ("built-in" or the custom rule's file). Documented in docs/reports.md.
/// </summary>
internal static class RuleJson
{
    public static void Write(IReadOnlyList<ListedRule> rules, TextWriter output) => JsonDocumentOutput.Write(output, json =>
    {
        json.WriteStartObject();
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            WriteRule(json, rule);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });

    private static void WriteRule(Utf8JsonWriter json, ListedRule rule)
    {
        var d = rule.Descriptor;
        json.WriteStartObject();
        json.WriteString("id", d.Id);
        json.WriteString("name", d.Name);
        json.WriteString("title", d.Title);
        json.WriteString("category", d.Category.ToTitle());
        json.WriteStartArray("inputs");
        foreach (var (flag, name) in InputNames)
        {
            if (d.Inputs.HasFlag(flag))
            {
                json.WriteStringValue(name);
            }
        }

        json.WriteEndArray();
        json.WriteStartObject("severities");
        WriteSeverity(json, "production", d.Severities.Production);
        WriteSeverity(json, "staging", d.Severities.Staging);
        WriteSeverity(json, "development", d.Severities.Development);
        json.WriteEndObject();
        json.WriteString("since", d.Since);
        json.WriteString("precision", d.Precision);
        if (d.SecuritySeverity is { } score)
        {
            json.WriteNumber("securitySeverity", score);
        }
        else
        {
            json.WriteNull("securitySeverity");
        }

        json.WriteString("helpUri", d.HelpUri);
        json.WriteString("origin", rule.Origin);
        json.WriteEndObject();
    }

    private static readonly (RuleInputs Flag, string Name)[] InputNames =
    [
        (RuleInputs.Plan, "plan"), (RuleInputs.Config, "config"), (RuleInputs.Scripts, "scripts"), (RuleInputs.Inventory, "inventory"), (RuleInputs.Artifacts, "artifacts"),
    ];

    private static void WriteSeverity(Utf8JsonWriter json, string pack, Severity? severity)
    {
        if (severity is { } level)
        {
            json.WriteString(pack, level.ToName());
        }
        else
        {
            json.WriteNull(pack);
        }
    }
}
