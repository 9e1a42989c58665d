using System.Globalization;
using BackupPolicyLint.Documents;
using BackupPolicyLint.Loading.Policies;
using BackupPolicyLint.Loading.Schema;
using BackupPolicyLint.Suppressions;

namespace BackupPolicyLint.Loading.Config;

/// <summary>Finds and reads the project config.</summary>
internal static class ConfigLoader
{
    /// <summary>
    /// The nearest <c>.bpl.yaml</c> at or above <paramref name="startPath"/> (a folder, or a file's folder). The search
    /// stops at the repository root (a folder holding <c>.git</c>), so a config outside the repository never applies.
    /// </summary>
    public static string? Find(string startPath)
    {
        var directory = System.IO.Directory.Exists(startPath) ? startPath : Path.GetDirectoryName(startPath);
        while (directory is not null)
        {
            var candidate = Path.Combine(directory, ProjectConfig.FileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }

            if (System.IO.Directory.Exists(Path.Combine(directory, ".git")) || File.Exists(Path.Combine(directory, ".git")))
            {
                return null;
            }

            directory = Path.GetDirectoryName(directory);
        }

        return null;
    }

    public static ProjectConfig Load(string fullPath, string displayPath)
    {
        var document = PolicyDocument.Read(fullPath, displayPath, "Config", PolicySchemas.Config);
        var spec = document.Root.Get("spec");
        var suppressions = spec?.Get("suppressions");
        var scripts = spec?.Get("scripts");
        var timeout = scripts?.Get("timeoutSeconds")?.Text;
        var allocation = scripts?.Get("allocationLimitMiB")?.Text;
        return new ProjectConfig
        {
            FullPath = fullPath,
            DisplayPath = displayPath,
            Include = Strings(spec?.Get("include")),
            Exclude = Strings(spec?.Get("exclude")),
            Packs = spec?.Get("packs")?.Items.Select(Assignment).ToList() ?? [],
            RuleDirectories = Strings(spec?.Get("rules")).Select(document.Resolve).ToList(),
            WaiverFiles = Strings(spec?.Get("waivers")).Select(document.Resolve).ToList(),
            Baseline = spec?.Get("baseline")?.Text is { } baseline ? document.Resolve(baseline) : null,
            Format = spec?.Get("format")?.Text,
            FailOn = spec?.Get("failOn")?.Text,
            InlineSuppressions = new InlineSuppressionRules(
                Allowed: suppressions?.Get("inline")?.Value is not "false",
                RequireExpiry: suppressions?.Get("requireExpiry")?.Value is "true"),
            ScriptTimeout = timeout is null ? null : TimeSpan.FromSeconds(double.Parse(timeout, CultureInfo.InvariantCulture)),
            ScriptAllocationLimitMiB = allocation is null ? null : int.Parse(allocation, CultureInfo.InvariantCulture),
            AllowUnsafeScriptApis = scripts?.Get("allowUnsafeApis")?.Value is "true",
        };

        PackAssignment Assignment(DocNode entry)
        {
            var pack = entry.Get("pack")!.Value;
            // A pack file is relative to the config; a built-in name (production, production@2026.11) is kept as written.
            var reference = BuiltInPacks.IsBuiltInReference(pack) ? pack : document.Resolve(pack);
            var labels = entry.Get("labels")?.Entries.ToDictionary(e => e.Key.Value, e => e.Value.Value, StringComparer.Ordinal)
                ?? new Dictionary<string, string>(StringComparer.Ordinal);
            return new PackAssignment(reference, Strings(entry.Get("environments")), labels);
        }
    }

    private static IReadOnlyList<string> Strings(DocNode? node) => node?.Items.Select(i => i.Value).ToList() ?? [];
}
