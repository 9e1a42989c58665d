using System.Text;
using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Rules;

namespace BackupPolicyLint.Loading.Policies;

/// <summary>
/// A built-in pack as YAML, written from the descriptors: what `bpl rules docs --packs policies` checks in as
/// policies/&lt;name&gt;.yaml for users to read and copy, and the text whose SHA-256 is the built-in pack's
/// <c>ContentHash</c> in reports. Copied into a project and passed as a pack file, it reads back as the same pack.
/// </summary>
internal static class BuiltInPackText
{
    /// <summary>The file name inside the packs folder (policies/).</summary>
    public static string FileName(BuiltInPackDefinition pack) => $"{pack.Name}.yaml";

    /// <param name="pack">Which pack.</param>
    /// <param name="rules">The built-in rules' descriptors, in id order (diagnostics have no pack entry).</param>
    public static string Render(BuiltInPackDefinition pack, IEnumerable<RuleDescriptor> rules)
    {
        var text = new StringBuilder()
            .Append("# Built-in policy pack: ").Append(pack.Name).Append(". Severities and parameters follow docs/rules (the rule catalogue).\n")
            .Append("apiVersion: bpl/v1\n")
            .Append("kind: PolicyPack\n")
            .Append("metadata:\n")
            .Append("  name: ").Append(pack.Name).Append('\n')
            .Append("  version: \"").Append(BuiltInPackDefinition.Version).Append("\"\n")
            .Append("  description: ").Append(pack.Description).Append('\n')
            .Append("spec:\n")
            .Append("  environments: [").AppendJoin(", ", pack.Environments).Append("]\n")
            .Append("  rules:\n");
        foreach (var rule in rules)
        {
            var severity = rule.Severities.For(pack.Name)?.ToName() ?? "off";
            var comment = $"# {rule.Name}{(rule.Severities.For(pack.Name) is null && rule.OffReason is { } reason ? $" (off: {reason})" : "")}";
            if (rule.Parameters.Count == 0)
            {
                // The comments line up: an id, its severity in a 10-wide column, then the rule's name.
                text.Append("    ").Append(rule.Id).Append(": ").Append(severity.PadRight(10)).Append(comment).Append('\n');
                continue;
            }

            text.Append("    ").Append(rule.Id).Append(": ").Append(' ', 10).Append(comment).Append('\n')
                .Append("      severity: ").Append(severity).Append('\n')
                .Append("      parameters:\n");
            foreach (var parameter in rule.Parameters)
            {
                text.Append("        ").Append(parameter.Name).Append(": ").Append(parameter.DefaultValue).Append('\n');
            }
        }

        return text.ToString();
    }
}
