namespace BackupPolicyLint.Cli.RuleListing;

/// <summary>A file `bpl rules docs` writes: its name inside the output folder, and its whole text.</summary>
internal sealed record GeneratedDocFile(string Name, string Text)
{
    /// <summary>The text of <paramref name="name"/> in <paramref name="folder"/> with '\n' line ends; null when there is none yet.</summary>
    public static string? Existing(string folder, string name)
    {
        var path = Path.Combine(folder, name);
        return File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : null;
    }

    /// <summary>Writes into <paramref name="folder"/> only the files whose text changes; their names, in order.</summary>
    public static IReadOnlyList<string> WriteChanged(IEnumerable<GeneratedDocFile> files, string folder)
    {
        var changed = new List<string>();
        foreach (var file in files)
        {
            if (Existing(folder, file.Name) != file.Text)
            {
                File.WriteAllText(Path.Combine(folder, file.Name), file.Text);
                changed.Add(file.Name);
            }
        }

        return changed;
    }
}
