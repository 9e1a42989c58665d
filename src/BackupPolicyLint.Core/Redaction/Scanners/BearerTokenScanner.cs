namespace BackupPolicyLint.Redaction.Scanners;

/// <summary>
/// The token after <c>Bearer</c> or <c>bearer</c> and blanks: eight or more token characters and any '=' padding, what
/// <c>[Bb]earer[ \t]+(?&lt;token&gt;[A-Za-z0-9._~+/\-]{8,}=*)</c> matches, leftmost first. A shorter word after
/// "Bearer" is prose, not a token.
/// </summary>
internal static class BearerTokenScanner
{
    private const string Word = "earer";

    private const int MinTokenLength = 8;

    public static bool TryFind(ReadOnlySpan<char> text, int startAt, out ShapeMatch match)
    {
        for (var at = startAt + 1; at < text.Length;)
        {
            var found = text[at..].IndexOf(Word, StringComparison.Ordinal);
            if (found < 0)
            {
                break;
            }

            var start = at + found - 1;
            at = start + 2;
            if (text[start] is not ('B' or 'b'))
            {
                continue;
            }

            var tokenStart = ShapeChars.SkipBlanks(text, start + 1 + Word.Length);
            if (tokenStart == start + 1 + Word.Length)
            {
                continue;
            }

            var tokenEnd = tokenStart;
            while (tokenEnd < text.Length && IsTokenChar(text[tokenEnd]))
            {
                tokenEnd++;
            }

            if (tokenEnd - tokenStart < MinTokenLength)
            {
                continue;
            }

            while (tokenEnd < text.Length && text[tokenEnd] == '=')
            {
                tokenEnd++;
            }

            match = new(start, tokenEnd, tokenStart, tokenEnd);
            return true;
        }

        match = default;
        return false;
    }

    private static bool IsTokenChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '~' or '+' or '/' or '-';
}
