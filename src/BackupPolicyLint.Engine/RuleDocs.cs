using System.Text;

namespace BackupPolicyLint.Engine;

/// <summary>Sections of a rule's documentation page (shipped inside the tool), for reports that describe rules.</summary>
internal static class RuleDocs
{
    /// <summary>The first paragraph under "## What it checks", unwrapped to one line; empty when there is no page.</summary>
    public static string Description(string id) => FirstParagraph(Section(id, "What it checks"));

    /// <summary>The Markdown under "## How to fix"; empty when there is no page.</summary>
    public static string Help(string id) => Section(id, "How to fix").Trim();

    /// <summary>The end of the part of a page that `bpl rules docs` writes.</summary>
    public const string GeneratedEnd = "<!-- end generated -->";

    /// <summary>A line that begins or ends a generated part (an HTML comment, so rendered Markdown does not show it).</summary>
    public static bool IsGeneratedMarker(string line) =>
        line.StartsWith("<!-- generated: bpl rules docs", StringComparison.Ordinal) || line == GeneratedEnd;

    /// <summary>A diagnostic's or rule's page as shipped (docs/rules/ID.md), without the generator's markers; null when there is none.</summary>
    public static string? Page(string id)
    {
        using var stream = typeof(RuleDocs).Assembly.GetManifestResourceStream($"BackupPolicyLint.Docs.{id}.md");
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        var lines = reader.ReadToEnd().ReplaceLineEndings("\n").Split('\n');
        return string.Join('\n', lines.Where(l => !IsGeneratedMarker(l)));
    }

    private static string Section(string id, string heading)
    {
        var page = Page(id);
        if (page is null)
        {
            return "";
        }

        var lines = page.ReplaceLineEndings("\n").Split('\n');
        var start = Array.FindIndex(lines, l => l.Trim() == $"## {heading}");
        if (start < 0)
        {
            return "";
        }

        var section = new StringBuilder();
        foreach (var line in lines.Skip(start + 1).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal)))
        {
            section.Append(line).Append('\n');
        }

        return section.ToString();
    }

    /// <summary>The first paragraph; one that ends with ':' introduces a list, which is taken with it.</summary>
    private static string FirstParagraph(string section)
    {
        var paragraphs = section.Trim().Split("\n\n");
        var taken = paragraphs.TakeWhile(p => p.TrimEnd().EndsWith(':')).ToList();
        taken.Add(paragraphs.ElementAtOrDefault(taken.Count) ?? "");
        return string.Join(' ', string.Join('\n', taken).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
    }
}
