namespace BackupPolicyLint.Redaction.Scanners;

/// <summary>Spaces and tabs, the only blanks the shapes allow between their parts (a line break ends a shape).</summary>
internal static class Blanks
{
    public static bool Is(char c) => c is ' ' or '\t';

    /// <summary>The first index at or after <paramref name="index"/> that is not a blank.</summary>
    public static int Skip(ReadOnlySpan<char> text, int index)
    {
        while (index < text.Length && Is(text[index]))
        {
            index++;
        }

        return index;
    }

    public static bool IsQuote(char c) => c is '"' or '\'';
}
