using System.Globalization;
using BackupPolicyLint.Loading.Schema;
using BackupPolicyLint.Suppressions;

namespace BackupPolicyLint.Loading.Policies;

/// <summary>Reads a <c>kind: Waivers</c> file. Globs in <c>file</c> are relative to the waivers file's folder.</summary>
public static class WaiverLoader
{
    public static IReadOnlyList<Waiver> Load(string fullPath, string displayPath)
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
                RuleId = entry.Get("rule")!.Value,
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
}
