using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Rules;

namespace BackupPolicyLint.Scripting;

/// <summary>
/// A script's metadata, declared in its leading comment lines (read without compiling it):
/// <code>
/// // @id ACME301
/// // @name offsite-storage-immutable
/// // @severity warning
/// // @title Off-site storage of production plans is immutable.
/// // @param minCopies 2
/// // @requires cluster, backup location
/// </code>
/// <c>@requires</c> lists <see cref="RuleRequirements"/> by name: the engine runs the script only on plans that meet them.
/// </summary>
internal static class ScriptHeader
{
    public static RuleDescriptor Parse(string text, string displayPath)
    {
        var fields = new Dictionary<string, (string Value, int Line)>(StringComparer.Ordinal);
        var parameters = new List<RuleParameter>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith("#r", StringComparison.Ordinal))
            {
                continue;
            }

            if (!line.StartsWith("//", StringComparison.Ordinal))
            {
                break;
            }

            var body = line[2..].Trim();
            if (!body.StartsWith('@'))
            {
                continue;
            }

            var space = body.IndexOf(' ', StringComparison.Ordinal);
            var key = space < 0 ? body[1..] : body[1..space];
            var value = space < 0 ? "" : body[(space + 1)..].Trim();
            if (key == "param")
            {
                var parts = value.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length < 2)
                {
                    throw new ScriptCompileException($"{displayPath}:{i + 1}:1: `// @param` needs a name and a default value");
                }

                parameters.Add(new RuleParameter(parts[0], parts[1], ""));
            }
            else
            {
                fields[key] = (value, i + 1);
            }
        }

        string Required(string key) => fields.TryGetValue(key, out var field) && field.Value.Length > 0
            ? field.Value
            : throw new ScriptCompileException($"{displayPath}:1:1: the script declares no `// @{key}` in its leading comments (needed: @id, @name, @severity)");

        var id = Required("id");
        if (id.StartsWith("BPL", StringComparison.OrdinalIgnoreCase))
        {
            throw new ScriptCompileException($"{displayPath}:{fields["id"].Line}:1: rule id '{id}' is in the BPL range, which is the tool's; use your own prefix (e.g. ACME301)");
        }

        var severity = SeverityNames.Parse(Required("severity"))
            ?? throw new ScriptCompileException($"{displayPath}:{fields["severity"].Line}:1: @severity must be error, warning or note");
        var descriptor = new RuleDescriptor
        {
            Id = id,
            Name = Required("name"),
            Title = fields.TryGetValue("title", out var title) ? title.Value : Required("name"),
            Category = RuleCategory.Custom,
            Inputs = RuleInputs.Plan | RuleInputs.Scripts,
            Severities = new DefaultSeverities(severity, severity, severity),
            Parameters = parameters,
            Since = "",
            HelpUri = displayPath,
            Requires = fields.TryGetValue("requires", out var requires) ? Requirements(requires.Value, requires.Line, displayPath) : RuleRequirements.None,
        };
        return descriptor;
    }

    /// <summary>"cluster, backup location" (commas or spaces; "backup-location" too) as flags.</summary>
    private static RuleRequirements Requirements(string value, int line, string displayPath)
    {
        var words = value.Replace("backup location", "backup-location", StringComparison.OrdinalIgnoreCase).Split([',', ' '], StringSplitOptions.RemoveEmptyEntries);
        var requirements = RuleRequirements.None;
        foreach (var word in words)
        {
            requirements |= RuleRequirementNames.Parse(word)
                ?? throw new ScriptCompileException($"{displayPath}:{line}:1: @requires names '{word}'; a script may require {string.Join(", ", RuleRequirementNames.All.ToNames())}");
        }

        return requirements;
    }
}
