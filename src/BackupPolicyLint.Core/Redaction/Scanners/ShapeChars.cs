namespace BackupPolicyLint.Redaction.Scanners;

/// <summary>
/// Characters the shapes share: spaces and tabs, the only blanks allowed between a shape's parts (a line break ends a
/// shape), and the quotes a value may stand in.
/// </summary>
internal static class ShapeChars
{
    public static bool IsBlank(char c) => c is ' ' or '\t';

    /// <summary>The first index at or after <paramref name="index"/> that is not a blank.</summary>
    public static int SkipBlanks(ReadOnlySpan<char> text, int index)
    {
        while (index < text.Length && IsBlank(text[index]))
        {
            index++;
        }

        return index;
    }

    public static bool IsQuote(char c) => c is '"' or '\'';
}
