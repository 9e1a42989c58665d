namespace BackupPolicyLint.Loading.Infra;

/// <summary>Line and column of each character of a file's text, for commands cut out of it (a Jenkins sh step, a Terraform command).</summary>
internal sealed class TextPositions
{
    private readonly List<int> _lineStarts = [0];

    public TextPositions(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    public TextPosition At(int index)
    {
        var line = _lineStarts.BinarySearch(index);
        line = line >= 0 ? line : ~line - 1;
        return new TextPosition(line + 1, index - _lineStarts[line] + 1);
    }

    /// <summary>The positions of the characters from <paramref name="start"/> up to, not including, <paramref name="end"/>.</summary>
    public List<TextPosition> Range(int start, int end) => Enumerable.Range(start, Math.Max(0, end - start)).Select(At).ToList();
}
