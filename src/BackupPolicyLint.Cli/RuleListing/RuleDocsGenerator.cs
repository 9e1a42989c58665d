using BackupPolicyLint.Rules;

namespace BackupPolicyLint.Cli.RuleListing;

/// <summary>
/// `bpl rules docs`: the rule docs that repeat the catalogue, written from the descriptors so a rule's metadata is
/// declared once. The index's tables, each page's title and header table, the control matrix and the shipped list;
/// the hand-written prose around the generated blocks is kept as it is.
/// </summary>
internal static class RuleDocsGenerator
{
    /// <summary>The command that regenerates the checked-in docs, as the drift test and the docs quote it.</summary>
    public const string Command = "bpl rules docs --output docs/rules";

    /// <summary>Every generated file, from the catalogue and the files as they are now (by name; null: none yet).</summary>
    public static IReadOnlyList<GeneratedDocFile> Generate(IReadOnlyList<RuleDescriptor> catalogue, Func<string, string?> existing)
    {
        var files = new List<GeneratedDocFile>();
        var problems = new List<string>();
        void Add(string name, Func<string> text)
        {
            try
            {
                files.Add(new GeneratedDocFile(name, text()));
            }
            catch (UsageException e)
            {
                problems.AddRange(e.Messages);
            }
        }

        Add(RuleIndexPage.FileName, () => RuleIndexPage.Update(catalogue, existing(RuleIndexPage.FileName)));
        foreach (var descriptor in catalogue)
        {
            Add($"{descriptor.Id}.md", () => RulePageHeader.Update(descriptor, existing($"{descriptor.Id}.md")));
        }

        Add(ControlMatrixPage.FileName, () => ControlMatrixPage.Render(catalogue));
        var shipped = catalogue.Where(d => d.Category != RuleCategory.Diagnostics).Select(d => (d.Id, d.Name));
        Add(ShippedList.FileName, () => ShippedList.Update(shipped, existing(ShippedList.FileName)));
        return problems.Count > 0 ? throw new UsageException(problems) : files;
    }

    /// <summary>Generates into <paramref name="folder"/>, writing only the files whose text changes; their names, in order.</summary>
    public static IReadOnlyList<string> Write(IReadOnlyList<RuleDescriptor> catalogue, string folder) =>
        GeneratedDocFile.WriteChanged(Generate(catalogue, name => GeneratedDocFile.Existing(folder, name)), folder);
}
