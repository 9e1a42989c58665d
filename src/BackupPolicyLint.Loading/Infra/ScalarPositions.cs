using BackupPolicyLint.Documents;

namespace BackupPolicyLint.Loading.Infra;

/// <summary>
/// Maps the characters of a YAML scalar back to the file, so a command inside a manifest is located on its own line:
/// each line of the value is looked up in the source from the scalar's line on (block scalars, plain and quoted ones
/// alike); a line that cannot be found falls back to the scalar's start.
/// </summary>
internal static class ScalarPositions
{
    public static IReadOnlyList<TextPosition> Of(DocNode scalar, IReadOnlyList<string> fileLines)
    {
        var value = scalar.Value;
        var positions = new List<TextPosition>(value.Length);
        var start = new TextPosition(scalar.Span.Line, scalar.Span.Column);
        var searchFrom = scalar.Span.Line - 1;
        var parts = value.Split('\n');
        for (var p = 0; p < parts.Length; p++)
        {
            var part = parts[p];
            var found = false;
            var trimmed = part.TrimStart();
            var lead = part.Length - trimmed.Length;
            if (trimmed.Length > 0)
            {
                for (var l = searchFrom; l < fileLines.Count && l < searchFrom + 200; l++)
                {
                    var index = fileLines[l].IndexOf(trimmed, l == scalar.Span.Line - 1 ? Math.Max(0, scalar.Span.Column - 1) : 0, StringComparison.Ordinal);
                    if (index >= 0)
                    {
                        for (var i = 0; i < part.Length; i++)
                        {
                            positions.Add(new TextPosition(l + 1, index - lead + i + 1));
                        }

                        searchFrom = l + 1;
                        found = true;
                        break;
                    }
                }
            }

            if (!found)
            {
                for (var i = 0; i < part.Length; i++)
                {
                    positions.Add(start);
                }
            }

            if (p < parts.Length - 1)
            {
                positions.Add(positions.Count > 0 ? positions[^1] : start);
            }
        }

        return positions;
    }

    /// <summary>A scalar as one shell word (an item of a command/args list).</summary>
    public static ShellWord Word(DocNode scalar, IReadOnlyList<string> fileLines)
    {
        var positions = Of(scalar, fileLines);
        var start = positions.Count > 0 ? positions[0] : new TextPosition(scalar.Span.Line, scalar.Span.Column);
        var last = positions.Count > 0 ? positions[^1] : start;
        return new ShellWord(scalar.Value, positions, start, new TextPosition(last.Line, last.Column + 1), scalar.Value.Contains('$', StringComparison.Ordinal));
    }
}
