using System.Globalization;
using System.Text.Json;
using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Reporting.Model;
using BackupPolicyLint.Rules.Controls;

namespace BackupPolicyLint.Reporting.Sarif;

/// <summary>A rule as a SARIF reportingDescriptor: its id, texts, docs page, the level it ran at, and its property bag.</summary>
internal static class SarifRuleJson
{
    public static void Write(Utf8JsonWriter json, ReportRule rule)
    {
        json.WriteStartObject();
        json.WriteString("id", rule.Id);
        json.WriteString("name", rule.Name);
        Message(json, "shortDescription", rule.Title);
        Message(json, "fullDescription", rule.Description);
        Message(json, "help", rule.Help, markdown: rule.Help);
        if (IsAbsoluteUrl(rule.HelpUri))
        {
            json.WriteString("helpUri", rule.HelpUri);
        }

        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", rule.DefaultLevel.ToName());
        json.WriteEndObject();
        WriteProperties(json, rule);
        json.WriteEndObject();
    }

    /// <summary>
    /// The category (and "security" for security rules) as tags, which code scanning filters by; the controls the rule
    /// evidences; how likely a finding is right; and, for security rules, the score GitHub ranks alerts by.
    /// </summary>
    private static void WriteProperties(Utf8JsonWriter json, ReportRule rule)
    {
        json.WriteStartObject("properties");
        json.WriteStartArray("tags");
        json.WriteStringValue(rule.Category);
        if (rule.SecuritySeverity is not null)
        {
            json.WriteStringValue("security");
        }

        json.WriteEndArray();
        json.WriteStartArray("controls");
        foreach (var control in rule.Controls)
        {
            json.WriteStringValue($"{control.Framework.ToShortTitle()} {control.Id}");
        }

        json.WriteEndArray();
        json.WriteString("precision", rule.Precision);
        if (rule.SecuritySeverity is { } score)
        {
            json.WriteString("security-severity", score.ToString("0.0", CultureInfo.InvariantCulture));
        }

        json.WriteEndObject();
    }

    /// <summary>A multiformatMessageString: plain text, and Markdown when given.</summary>
    private static void Message(Utf8JsonWriter json, string name, string text, string? markdown = null)
    {
        json.WriteStartObject(name);
        json.WriteString("text", text);
        if (markdown is not null)
        {
            json.WriteString("markdown", markdown);
        }

        json.WriteEndObject();
    }

    /// <summary>helpUri must be an absolute URI; a custom rule's page given as a path in the repository is left out (its help text stays).</summary>
    private static bool IsAbsoluteUrl(string uri) =>
        Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && (parsed.Scheme == Uri.UriSchemeHttps || parsed.Scheme == Uri.UriSchemeHttp);
}
