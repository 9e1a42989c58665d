namespace BackupPolicyLint.Redaction.Scanners;

/// <summary>
/// A private key block's BEGIN or END line: what <c>-----BEGIN [A-Z0-9 ]{0,40}PRIVATE KEY( BLOCK)?-----</c> (or
/// <c>-----END …</c>) matches, leftmost first. The label is a run of upper-case letters, digits and spaces, so the
/// closing dashes can only come right after that run: it matches when the run ends in <c>PRIVATE KEY</c> or
/// <c>PRIVATE KEY BLOCK</c> with at most 40 characters before that.
/// </summary>
internal static class PrivateKeyMarkerScanner
{
    public const string Begin = "-----BEGIN ";

    public const string End = "-----END ";

    private const string Dashes = "-----";

    private const string Key = "PRIVATE KEY";

    private const string KeyBlock = "PRIVATE KEY BLOCK";

    private const int MaxLeading = 40;

    /// <summary>The next marker starting with <paramref name="opening"/> (<see cref="Begin"/> or <see cref="End"/>).</summary>
    public static bool TryFind(ReadOnlySpan<char> text, int startAt, string opening, out ShapeMatch match)
    {
        for (var at = startAt; at < text.Length;)
        {
            var found = text[at..].IndexOf(opening, StringComparison.Ordinal);
            if (found < 0)
            {
                break;
            }

            var start = at + found;
            at = start + 1;
            var labelStart = start + opening.Length;
            var labelEnd = labelStart;
            // A longer label cannot match, so the run is read no further than that (each marker reads at most 58).
            while (labelEnd < text.Length && IsLabelChar(text[labelEnd]) && labelEnd - labelStart <= MaxLeading + KeyBlock.Length)
            {
                labelEnd++;
            }

            var label = text[labelStart..labelEnd];
            if (text[labelEnd..].StartsWith(Dashes, StringComparison.Ordinal) && (EndsWithKey(label, Key) || EndsWithKey(label, KeyBlock)))
            {
                match = new(start, labelEnd + Dashes.Length, start, labelEnd + Dashes.Length);
                return true;
            }
        }

        match = default;
        return false;
    }

    private static bool EndsWithKey(ReadOnlySpan<char> label, string key) =>
        label.Length - key.Length is >= 0 and <= MaxLeading && label.EndsWith(key, StringComparison.Ordinal);

    private static bool IsLabelChar(char c) => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == ' ';
}
