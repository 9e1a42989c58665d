using BackupPolicyLint.Loading.Policies;
using BackupPolicyLint.Rules;

namespace BackupPolicyLint.Cli.RuleListing;

/// <summary>
/// `bpl rules docs --packs policies`: the built-in packs as the YAML users read and copy (policies/production.yaml,
/// staging.yaml, development.yaml), written from the descriptors. The tool does not read these files: it builds the
/// same packs from the descriptors at start (<see cref="BuiltInPacks"/>), and a drift test fails when a checked-in
/// file differs from what this writes.
/// </summary>
internal static class BuiltInPackFiles
{
    /// <summary>The one command that regenerates every generated doc and pack after a descriptor changes.</summary>
    public const string Command = "bpl rules docs --output docs/rules --packs policies";

    /// <summary>Each pack's file from the catalogue (diagnostics, which no pack sets, are left out).</summary>
    public static IReadOnlyList<GeneratedDocFile> Generate(IReadOnlyList<RuleDescriptor> catalogue)
    {
        var rules = catalogue.Where(d => d.Category != RuleCategory.Diagnostics).OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
        return BuiltInPackDefinition.All.Select(pack => new GeneratedDocFile(BuiltInPackText.FileName(pack), BuiltInPackText.Render(pack, rules))).ToList();
    }

    /// <summary>Generates into <paramref name="folder"/>, writing only the files whose text changes; their names, in order.</summary>
    public static IReadOnlyList<string> Write(IReadOnlyList<RuleDescriptor> catalogue, string folder) =>
        GeneratedDocFile.WriteChanged(Generate(catalogue), folder);
}
