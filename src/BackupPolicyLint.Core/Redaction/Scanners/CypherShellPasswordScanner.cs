namespace BackupPolicyLint.Redaction.Scanners;

/// <summary>
/// The password a <c>cypher-shell</c> command line gives with <c>-p</c>: what
/// <c>cypher-shell[^\n]*?[ \t]-p[ \t]+(?&lt;pass&gt;"[^"\n]*"|'[^'\n]*'|[^\s"']+)</c> matches, leftmost first. The first
/// <c> -p </c> on the line with a value wins: a double- or single-quoted value to its closing quote (quotes included),
/// else a word; a quote that does not close on the line is no value.
/// </summary>
internal static class CypherShellPasswordScanner
{
    private const string Command = "cypher-shell";

    public static bool TryFind(ReadOnlySpan<char> text, int startAt, out ShapeMatch match)
    {
        for (var at = startAt; at < text.Length;)
        {
            var found = text[at..].IndexOf(Command, StringComparison.Ordinal);
            if (found < 0)
            {
                break;
            }

            var start = at + found;
            if (TryFindValue(text, start + Command.Length, out var valueStart, out var valueEnd, out var lineEnd))
            {
                match = new(start, valueEnd, valueStart, valueEnd);
                return true;
            }

            // A later cypher-shell on this line sees only part of what this one saw, so none matches before the next line.
            at = lineEnd;
        }

        match = default;
        return false;
    }

    /// <summary>
    /// The first <c>-p</c> value after <paramref name="from"/> on its line; else where the line ends (its '\n' or the end
    /// of the text). The line is read only as far as needed: a text of many commands on one line stays linear.
    /// </summary>
    private static bool TryFindValue(ReadOnlySpan<char> text, int from, out int valueStart, out int valueEnd, out int lineEnd)
    {
        valueStart = valueEnd = 0;
        var blank = from;
        for (; blank < text.Length && text[blank] != '\n'; blank++)
        {
            if (!IsPasswordOption(text, blank))
            {
                continue;
            }

            valueStart = ShapeChars.SkipBlanks(text, blank + 3);
            if (valueStart == text.Length)
            {
                blank = text.Length;
                break;
            }

            var first = text[valueStart];
            if (ShapeChars.IsQuote(first))
            {
                // A quote that does not close on the line is no value, and no later quote of its kind on the line opens
                // one (there is none), so each kind is looked for to the end of a line at most once.
                var close = text[(valueStart + 1)..].IndexOfAny(first, '\n');
                if (close >= 0 && text[valueStart + 1 + close] == first)
                {
                    valueEnd = valueStart + 1 + close + 1;
                    lineEnd = valueEnd;
                    return true;
                }

                continue;
            }

            if (char.IsWhiteSpace(first))
            {
                continue;
            }

            valueEnd = valueStart;
            while (valueEnd < text.Length && !char.IsWhiteSpace(text[valueEnd]) && !ShapeChars.IsQuote(text[valueEnd]))
            {
                valueEnd++;
            }

            lineEnd = valueEnd;
            return true;
        }

        lineEnd = blank;
        return false;
    }

    /// <summary><c>[ \t]-p[ \t]</c> at <paramref name="blank"/>.</summary>
    private static bool IsPasswordOption(ReadOnlySpan<char> text, int blank) =>
        blank + 3 < text.Length && ShapeChars.IsBlank(text[blank]) && text[blank + 1] == '-' && text[blank + 2] == 'p' && ShapeChars.IsBlank(text[blank + 3]);
}
