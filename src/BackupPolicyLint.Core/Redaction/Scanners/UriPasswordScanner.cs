namespace BackupPolicyLint.Redaction.Scanners;

/// <summary>
/// The password in a URI's user-info, <c>scheme://user:password@</c>: what
/// <c>[A-Za-z][A-Za-z0-9+.\-]*://[^\s/?#@:'"&lt;&gt;]*:(?&lt;pass&gt;[^\s/?#'"&lt;&gt;]*)@</c> matches, leftmost first.
/// The user stops at the first ':', the password runs to the last '@' before a blank, '/', '?', '#', quote or angle
/// bracket (so <c>u:p@ss@host</c> masks <c>p@ss</c>). Linear: neither part crosses a '/', so no character is read for
/// more than two "://".
/// </summary>
internal static class UriPasswordScanner
{
    public static bool TryFind(ReadOnlySpan<char> text, int startAt, out ShapeMatch match)
    {
        for (var at = startAt; at < text.Length;)
        {
            var found = text[at..].IndexOf("://", StringComparison.Ordinal);
            if (found < 0)
            {
                break;
            }

            var separator = at + found;
            at = separator + 1;
            var schemeStart = SchemeStart(text, startAt, separator);
            if (schemeStart < 0)
            {
                continue;
            }

            var colon = separator + 3;
            while (colon < text.Length && IsUserChar(text[colon]))
            {
                colon++;
            }

            if (colon == text.Length || text[colon] != ':')
            {
                continue;
            }

            var lastAt = -1;
            for (var i = colon + 1; i < text.Length && IsPasswordChar(text[i]); i++)
            {
                lastAt = text[i] == '@' ? i : lastAt;
            }

            if (lastAt >= 0)
            {
                match = new(schemeStart, lastAt + 1, colon + 1, lastAt);
                return true;
            }
        }

        match = default;
        return false;
    }

    /// <summary>
    /// The leftmost start of a scheme ending at <paramref name="separator"/>: the first letter of the scheme characters
    /// before it (a scheme starts with a letter; digits, '+', '.' and '-' before that letter belong to no scheme).
    /// </summary>
    private static int SchemeStart(ReadOnlySpan<char> text, int startAt, int separator)
    {
        var runStart = separator;
        while (runStart > startAt && IsSchemeChar(text[runStart - 1]))
        {
            runStart--;
        }

        for (var i = runStart; i < separator; i++)
        {
            if (char.IsAsciiLetter(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsSchemeChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '+' or '.' or '-';

    private static bool IsUserChar(char c) => c != ':' && c != '@' && IsPasswordChar(c);

    private static bool IsPasswordChar(char c) => !char.IsWhiteSpace(c) && c is not ('/' or '?' or '#' or '\'' or '"' or '<' or '>');
}
