using System.Globalization;
using BackupPolicyLint.Analysis;
using BackupPolicyLint.Documents;
using BackupPolicyLint.Loading.Schema;
using BackupPolicyLint.Suppressions;

namespace BackupPolicyLint.Loading.Policies;

/// <summary>
/// Reads a <c>kind: Waivers</c> file. Globs in <c>file</c> are relative to the waivers file's folder. A waiver names one
/// rule that exists, by id or name (the caller maps both, any case, to the id): a misspelt id would
/// waive nothing while its author believes the risk is accepted, and a wildcard would accept every risk at once.
/// </summary>
internal static class WaiverLoader
{
    public static IReadOnlyList<Waiver> Load(string fullPath, string displayPath, IReadOnlyDictionary<string, string> ruleIds)
    {
        var document = PolicyDocument.Read(fullPath, displayPath, "Waivers", PolicySchemas.Waivers);
        var waivers = new List<Waiver>();
        foreach (var entry in document.Root.Get("spec")?.Get("waivers")?.Items ?? [])
        {
            DateOnly? expires = null;
            if (entry.Get("expires") is { } expiresNode)
            {
                expires = DateOnly.TryParseExact(expiresNode.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                    ? date
                    : throw new PolicyDocumentException($"{expiresNode.Span}: expires '{expiresNode.Value}' is not a date (YYYY-MM-DD)");
            }

            if (entry.Get("justification")!.Value.Trim().Length == 0)
            {
                throw new PolicyDocumentException($"{entry.Span}: a waiver needs a justification");
            }

            waivers.Add(new Waiver
            {
                RuleId = RuleId(entry.Get("rule")!, ruleIds),
                Plan = entry.Get("plan")?.Text,
                FileGlob = entry.Get("file")?.Text,
                Subject = entry.Get("subject")?.Text,
                Justification = entry.Get("justification")!.Value.Trim(),
                Owner = entry.Get("owner")?.Text,
                Expires = expires,
                Span = entry.Span,
                LogicalPath = entry.Pointer,
                BaseDirectory = document.Directory,
            });
        }

        return waivers;
    }

    private static string RuleId(DocNode node, IReadOnlyDictionary<string, string> ruleIds)
    {
        var written = node.Value.Trim();
        if (ruleIds.TryGetValue(written, out var id))
        {
            return id;
        }

        if (written.Contains('*', StringComparison.Ordinal) || written.Contains('?', StringComparison.Ordinal))
        {
            throw new PolicyDocumentException($"{node.Span}: a waiver names one rule, not a pattern ('{written}'); write one waiver per rule you accept");
        }

        var hint = Similarity.Closest(written, ruleIds.Keys) is { } best ? $"; did you mean '{ruleIds[best]}'?" : "";
        throw new PolicyDocumentException($"{node.Span}: '{written}' is not a rule bpl knows (built-in or custom){hint}");
    }
}
