namespace BackupPolicyLint.Redaction.Scanners;

/// <summary>
/// A name and the separator after it, what
/// <c>(?&lt;flag&gt;--?)?(?&lt;name&gt;[A-Za-z_][A-Za-z0-9_.\-]*)["']?[ \t]*(?&lt;sep&gt;[:=]|[ \t])</c> matches, leftmost
/// first. The name runs to the end of its run of name characters (a name character can never follow it), so a run has
/// one name: from its first letter or '_', with up to two dashes before that as the flag. The separator is the ':' or
/// '=' after an optional quote and blanks, else the last of those blanks (<c>--password x</c>).
/// </summary>
internal static class AssignmentScanner
{
    public static bool TryFind(ReadOnlySpan<char> text, int startAt, out AssignmentMatch match)
    {
        var i = startAt;
        while (i < text.Length)
        {
            if (!IsNameChar(text[i]))
            {
                i++;
                continue;
            }

            var runStart = i;
            while (i < text.Length && IsNameChar(text[i]))
            {
                i++;
            }

            var nameStart = runStart;
            while (nameStart < i && !IsNameStart(text[nameStart]))
            {
                nameStart++;
            }

            if (nameStart < i && TryFindSeparator(text, i, out var end, out var separator))
            {
                var dashes = Dashes(text, runStart, nameStart);
                match = new(nameStart - dashes, end, nameStart, i, dashes > 0, separator);
                return true;
            }
        }

        match = default;
        return false;
    }

    private static bool TryFindSeparator(ReadOnlySpan<char> text, int nameEnd, out int end, out char separator)
    {
        var blanksStart = nameEnd < text.Length && ShapeChars.IsQuote(text[nameEnd]) ? nameEnd + 1 : nameEnd;
        var blanksEnd = ShapeChars.SkipBlanks(text, blanksStart);
        if (blanksEnd < text.Length && text[blanksEnd] is ':' or '=')
        {
            separator = text[blanksEnd];
            end = blanksEnd + 1;
            return true;
        }

        // No ':' or '=': the last blank is the separator (a flag's value follows); no blank, no match.
        separator = blanksEnd > blanksStart ? text[blanksEnd - 1] : '\0';
        end = blanksEnd;
        return blanksEnd > blanksStart;
    }

    /// <summary>How many of the (at most two) characters before the name are dashes of its flag.</summary>
    private static int Dashes(ReadOnlySpan<char> text, int runStart, int nameStart)
    {
        var dashes = 0;
        while (dashes < 2 && nameStart - dashes - 1 >= runStart && text[nameStart - dashes - 1] == '-')
        {
            dashes++;
        }

        return dashes;
    }

    private static bool IsNameStart(char c) => char.IsAsciiLetter(c) || c == '_';

    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-';
}
