using BackupPolicyLint.Documents;

namespace BackupPolicyLint.Loading.Yaml;

/// <summary>
/// The YAML 1.2 core schema for plain scalars. YAML 1.1 words like yes/on/no stay strings, as in YAML 1.2.
/// </summary>
/// <remarks>
/// Written out by hand instead of as the two regular expressions of the schema
/// (<c>^([-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$</c> and
/// <c>^([-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$</c>): the generated
/// regexes allocated 96 bytes a call, and a plain scalar that starts with n, t, f or a digit was tried against both,
/// a fifth of what the reader allocated beyond YamlDotNet. Like the regexes' <c>$</c>, one final line feed is allowed.
/// </remarks>
internal static class ScalarResolver
{
    public static ScalarKind Resolve(string value) => value switch
    {
        // Most plain scalars are names: anything starting with a letter other than those of null/true/false is a string.
        [var first, ..] when char.IsAsciiLetter(first) && first is not ('n' or 'N' or 't' or 'T' or 'f' or 'F') => ScalarKind.String,
        "" or "~" or "null" or "Null" or "NULL" => ScalarKind.Null,
        "true" or "True" or "TRUE" or "false" or "False" or "FALSE" => ScalarKind.Bool,
        _ when IsInt(WithoutFinalLineFeed(value)) => ScalarKind.Int,
        _ when IsFloat(WithoutFinalLineFeed(value)) => ScalarKind.Float,
        _ => ScalarKind.String,
    };

    private static ReadOnlySpan<char> WithoutFinalLineFeed(string value) => value.EndsWith('\n') ? value.AsSpan(0, value.Length - 1) : value;

    /// <summary><c>[-+]?[0-9]+ | 0o[0-7]+ | 0x[0-9a-fA-F]+</c></summary>
    private static bool IsInt(ReadOnlySpan<char> text)
    {
        if (text.StartsWith("0o", StringComparison.Ordinal) && text.Length > 2 && !text[2..].ContainsAnyExcept(OctalDigits))
        {
            return true;
        }

        if (text.StartsWith("0x", StringComparison.Ordinal) && text.Length > 2 && IsHex(text[2..]))
        {
            return true;
        }

        return Digits(Unsigned(text)) is var digits && digits > 0 && digits == Unsigned(text).Length;
    }

    /// <summary>
    /// <c>[-+]?(\.[0-9]+ | [0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)? | [-+]?\.(inf|Inf|INF) | \.(nan|NaN|NAN)</c>
    /// </summary>
    private static bool IsFloat(ReadOnlySpan<char> text)
    {
        if (text is ".nan" or ".NaN" or ".NAN")
        {
            return true;
        }

        var rest = Unsigned(text);
        if (rest is ".inf" or ".Inf" or ".INF")
        {
            return true;
        }

        var whole = Digits(rest);
        rest = rest[whole..];
        var fraction = 0;
        var point = rest.StartsWith('.');
        if (point)
        {
            rest = rest[1..];
            fraction = Digits(rest);
            rest = rest[fraction..];
        }

        // Either digits before the point (the point and the fraction optional) or a point followed by digits.
        if (whole == 0 && fraction == 0)
        {
            return false;
        }

        if (rest.IsEmpty)
        {
            return true;
        }

        if (rest[0] is not ('e' or 'E'))
        {
            return false;
        }

        var exponent = Unsigned(rest[1..]);
        return exponent.Length > 0 && Digits(exponent) == exponent.Length;
    }

    private static ReadOnlySpan<char> Unsigned(ReadOnlySpan<char> text) => text.StartsWith('-') || text.StartsWith('+') ? text[1..] : text;

    /// <summary>How many ASCII digits the text starts with (a loop: MemoryExtensions.IndexOfAnyExceptInRange allocated on this runtime).</summary>
    private static int Digits(ReadOnlySpan<char> text)
    {
        var count = 0;
        while (count < text.Length && char.IsAsciiDigit(text[count]))
        {
            count++;
        }

        return count;
    }

    private static bool IsHex(ReadOnlySpan<char> text) => !text.ContainsAnyExcept(HexDigits);

    private static readonly System.Buffers.SearchValues<char> OctalDigits = System.Buffers.SearchValues.Create("01234567");
    private static readonly System.Buffers.SearchValues<char> HexDigits = System.Buffers.SearchValues.Create("0123456789abcdefABCDEF");
}
