using BackupPolicyLint.Engine;

namespace BackupPolicyLint.Cli.RuleListing;

/// <summary>
/// The part of a hand-written doc that `bpl rules docs` owns: the lines between a begin marker (an HTML comment, so it
/// does not show when the Markdown is rendered) and <see cref="End"/>. Everything outside the markers is left as written.
/// </summary>
internal static class GeneratedBlock
{
    /// <summary>The begin marker of a rule page's header table.</summary>
    public const string Begin = "<!-- generated: bpl rules docs -->";

    public const string End = RuleDocs.GeneratedEnd;

    /// <summary>The begin marker of a category's table in the index (README.md), by the category's name in the code.</summary>
    public static string BeginFor(string section) => $"<!-- generated: bpl rules docs ({section}) -->";

    /// <summary>Whether a line is a marker, for `bpl rules explain`, which prints a page without them.</summary>
    public static bool IsMarker(string line) => RuleDocs.IsGeneratedMarker(line);

    /// <summary>The text with the lines between <paramref name="begin"/> and the next end marker replaced by <paramref name="content"/>.</summary>
    public static string Replace(string text, string begin, string content, string fileName)
    {
        var lines = text.Split('\n').ToList();
        var start = lines.IndexOf(begin);
        var end = start < 0 ? -1 : lines.FindIndex(start + 1, l => l == End);
        if (start < 0 || end < 0)
        {
            throw new UsageException($"{fileName} has no generated block: add a line '{begin}' where the generated table goes and a line '{End}' after it, then run `{RuleDocsGenerator.Command}` again");
        }

        lines.RemoveRange(start + 1, end - start - 1);
        lines.InsertRange(start + 1, content.TrimEnd('\n').Split('\n'));
        return string.Join('\n', lines);
    }

    /// <summary>The begin markers in a text that have the given prefix (the index's category blocks).</summary>
    public static IEnumerable<string> BeginMarkers(string text) =>
        text.Split('\n').Where(l => l.StartsWith("<!-- generated: bpl rules docs (", StringComparison.Ordinal) && l.EndsWith(") -->", StringComparison.Ordinal));

    /// <summary>A block, markers included, as a new file holds it.</summary>
    public static string Wrap(string begin, string content) => $"{begin}\n{content.TrimEnd('\n')}\n{End}\n";
}
