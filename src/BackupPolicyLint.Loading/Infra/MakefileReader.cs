using System.Text.RegularExpressions;

namespace BackupPolicyLint.Loading.Infra;

/// <summary>
/// Reads the recipes of Makefiles (<c>Makefile</c>, <c>GNUmakefile</c>, <c>*.mk</c>): the tab-indented lines, their
/// <c>@ - +</c> prefixes removed, read as shell at their own lines and columns. <c>$(NAME)</c> of a plain make variable is
/// read as <c>${NAME}</c>, and <c>NAME = value</c> (<c>:=</c>, <c>?=</c>) assignments resolve it; other make functions stay symbolic.
/// </summary>
internal static partial class MakefileReader
{
    public static void Read(string text, InfraFileFacts facts)
    {
        var context = new ExtractionContext { File = facts.File, Source = facts.Source };
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var shell = new List<string>(lines.Count);
        var continued = false;
        foreach (var line in lines)
        {
            if (line.StartsWith('\t') || continued && shell.Count > 0 && shell[^1].Length > 0)
            {
                var recipe = line.StartsWith('\t') ? " " + line[1..] : line;
                var prefix = recipe.Length - recipe.TrimStart(' ', '@', '-', '+').Length;
                shell.Add(new string(' ', prefix) + MakeVariable().Replace(recipe[prefix..], "$${$1}"));
            }
            else
            {
                if (Assignment().Match(line) is { Success: true } assignment)
                {
                    context.Variables[assignment.Groups[1].Value] = context.Resolve(MakeVariable().Replace(assignment.Groups[2].Value.Trim(), "$${$1}")).ToList();
                }

                shell.Add("");
            }

            continued = line.EndsWith('\\');
        }

        ShellCommandExtractor.ExtractText(string.Join('\n', shell), context, facts);
    }

    [GeneratedRegex(@"\$\(([A-Za-z_][A-Za-z0-9_]*)\)")]
    private static partial Regex MakeVariable();

    [GeneratedRegex(@"^([A-Za-z_][A-Za-z0-9_]*)\s*[:?]?=\s*(.*)$")]
    private static partial Regex Assignment();
}
