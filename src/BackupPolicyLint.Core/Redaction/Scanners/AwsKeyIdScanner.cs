namespace BackupPolicyLint.Redaction.Scanners;

/// <summary>
/// An AWS access key id: one of the known four-letter prefixes and 16 upper-case letters or digits, what
/// <c>(AKIA|ASIA|…)(?&lt;rest&gt;[A-Z0-9]{16})</c> matches, leftmost first. The value is the 16 after the prefix (the
/// prefix says which kind of key it was and stays readable). Whether it stands alone as a word is the caller's question.
/// </summary>
internal static class AwsKeyIdScanner
{
    private const int PrefixLength = 4;

    private const int RestLength = 16;

    private static readonly string[] Prefixes = ["AKIA", "ASIA", "ABIA", "ACCA", "AGPA", "AIDA", "AIPA", "ANPA", "ANVA", "AROA", "APKA", "ASCA"];

    public static bool TryFind(ReadOnlySpan<char> text, int startAt, out ShapeMatch match)
    {
        for (var at = startAt; at + PrefixLength + RestLength <= text.Length;)
        {
            var found = text[at..].IndexOf('A');
            if (found < 0)
            {
                break;
            }

            var start = at + found;
            at = start + 1;
            if (start + PrefixLength + RestLength <= text.Length && HasPrefix(text[start..]) && IsRest(text.Slice(start + PrefixLength, RestLength)))
            {
                match = new(start, start + PrefixLength + RestLength, start + PrefixLength, start + PrefixLength + RestLength);
                return true;
            }
        }

        match = default;
        return false;
    }

    private static bool HasPrefix(ReadOnlySpan<char> text)
    {
        foreach (var prefix in Prefixes)
        {
            if (text.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsRest(ReadOnlySpan<char> rest)
    {
        foreach (var c in rest)
        {
            if (!char.IsAsciiLetterUpper(c) && !char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
