namespace BackupPolicyLint.Redaction.Scanners;

/// <summary>
/// The password in <c>NEO4J_AUTH=user/password</c> (any case, <c>:</c> or <c>=</c>, quotes and blanks around the
/// separator): what <c>(?i)NEO4J_AUTH["']?[ \t]*[:=][ \t]*["']?[^/\s"']*/(?&lt;pass&gt;[^\s"']+)</c> matches, leftmost
/// first. Every part is a run that stops at a character the next part needs, so each name has one way to match.
/// </summary>
internal static class Neo4jAuthScanner
{
    private const string Name = "NEO4J_AUTH";

    public static bool TryFind(ReadOnlySpan<char> text, int startAt, out ShapeMatch match)
    {
        // A user run that ended at something other than '/' ends there for every later name too (a later name starts
        // inside it), so it is read once: without this, NEO4J_AUTH=NEO4J_AUTH=… would take quadratic time.
        var failedUserRunEnd = -1;
        for (var at = startAt; at < text.Length;)
        {
            var found = text[at..].IndexOf(Name, StringComparison.OrdinalIgnoreCase);
            if (found < 0)
            {
                break;
            }

            var start = at + found;
            at = start + 1;
            var i = start + Name.Length;
            if (i < text.Length && ShapeChars.IsQuote(text[i]))
            {
                i++;
            }

            i = ShapeChars.SkipBlanks(text, i);
            if (i == text.Length || text[i] is not (':' or '='))
            {
                continue;
            }

            i = ShapeChars.SkipBlanks(text, i + 1);
            if (i < text.Length && ShapeChars.IsQuote(text[i]))
            {
                i++;
            }

            if (i < failedUserRunEnd)
            {
                continue;
            }

            while (i < text.Length && text[i] != '/' && IsPasswordChar(text[i]))
            {
                i++;
            }

            if (i == text.Length || text[i] != '/')
            {
                failedUserRunEnd = i;
                continue;
            }

            var end = i + 1;
            while (end < text.Length && IsPasswordChar(text[end]))
            {
                end++;
            }

            if (end > i + 1)
            {
                match = new(start, end, i + 1, end);
                return true;
            }
        }

        match = default;
        return false;
    }

    private static bool IsPasswordChar(char c) => !char.IsWhiteSpace(c) && !ShapeChars.IsQuote(c);
}
