using System.Text;
using BackupPolicyLint.Redaction.Scanners;

namespace BackupPolicyLint.Redaction;

/// <summary>
/// Replaces secret values in text that leaves for a report (source excerpts, finding messages) by <see cref="Mask"/>,
/// keeping what says where the secret was: the setting's name, a URI's scheme, user and host, <c>NEO4J_AUTH</c>'s
/// user, an AWS key id's prefix, a PEM block's BEGIN and END lines. Line breaks are kept, so line numbers still hold.
/// Each shape has a small scanner of its own (<c>Scanners/</c>), linear in the text: they find what the regular
/// expressions they replaced found (the tests keep those as the oracle), without building an automaton and compiling
/// the regex engine at start-up. docs/security.md lists the shapes; <see cref="SecretNames"/> decides which names are
/// secrets.
/// </summary>
internal static class SecretRedactor
{
    public const string Mask = "***";

    public static string Redact(string text) => Redact(text, SecretShapesIn.Text(text));

    /// <summary>Masks what the scanners of <paramref name="shapes"/> find (and bare random keys, which every text is scanned for).</summary>
    internal static string Redact(string text, SecretShapes shapes)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        var ranges = new List<(int Start, int End)>();
        if (shapes.HasFlag(SecretShapes.PemBlock))
        {
            AddPemBlocks(text, ranges);
        }

        if (shapes.HasFlag(SecretShapes.UriPassword))
        {
            AddValues(text, ranges, UriPasswordScanner.TryFind);
        }

        if (shapes.HasFlag(SecretShapes.Neo4jAuth))
        {
            AddValues(text, ranges, Neo4jAuthScanner.TryFind);
        }

        if (shapes.HasFlag(SecretShapes.AwsKeyId))
        {
            AddValues(text, ranges, AwsKeyIdScanner.TryFind, wholeWord: true);
        }

        if (shapes.HasFlag(SecretShapes.Bearer))
        {
            AddValues(text, ranges, BearerTokenScanner.TryFind);
        }

        if (shapes.HasFlag(SecretShapes.CypherShellPassword))
        {
            AddValues(text, ranges, CypherShellPasswordScanner.TryFind);
        }

        if (shapes.HasFlag(SecretShapes.Assignment))
        {
            AddAssignments(text, ranges);
        }

        AddRandomKeys(text, ranges);
        return ranges.Count == 0 ? text : Apply(text, ranges);
    }

    /// <summary>Everything between a private key's BEGIN and END lines (to the end of the text when END is not in it).</summary>
    private static void AddPemBlocks(string text, List<(int, int)> ranges)
    {
        var at = 0;
        while (at < text.Length && PrivateKeyMarkerScanner.TryFind(text, at, PrivateKeyMarkerScanner.Begin, out var begin))
        {
            var start = begin.End;
            var end = PrivateKeyMarkerScanner.TryFind(text, start, PrivateKeyMarkerScanner.End, out var last) ? last.Start : text.Length;
            ranges.Add((start, end));
            at = end == text.Length ? end : end + 1;
        }
    }

    /// <summary>A scanner's way to find the next match at or after an index.</summary>
    private delegate bool FindNext(ReadOnlySpan<char> text, int startAt, out ShapeMatch match);

    /// <summary>The secret part of each match, one after another (no two overlap, as with a regular expression's matches).</summary>
    private static void AddValues(string text, List<(int, int)> ranges, FindNext findNext, bool wholeWord = false)
    {
        for (var at = 0; at < text.Length && findNext(text, at, out var match); at = match.End)
        {
            if (match.ValueEnd == match.ValueStart)
            {
                continue;
            }

            if (wholeWord && (IsWordChar(text, match.Start - 1) || IsWordChar(text, match.End)))
            {
                continue;
            }

            ranges.Add(Unquote(text, match.ValueStart, match.ValueEnd));
        }
    }

    /// <summary><c>name=value</c>, <c>name: value</c>, <c>--name value</c> where <see cref="SecretNames"/> says the name is a secret's.</summary>
    private static void AddAssignments(string text, List<(int, int)> ranges)
    {
        var at = 0;
        while (at < text.Length && AssignmentScanner.TryFind(text, at, out var match))
        {
            at = match.End;
            var name = text[match.NameStart..match.NameEnd];
            var separator = match.Separator;
            // neo4j-admin dbms set-initial-password takes the password as its next word.
            var flag = match.HasFlag || name.EndsWith("set-initial-password", StringComparison.Ordinal);
            // A space separates a flag from its value (--password x), never a setting from its value.
            if (separator is ' ' or '\t' && !flag || !SecretNames.IsSecret(name))
            {
                continue;
            }

            // https://, s3://: a scheme, not a setting.
            if (separator == ':' && at + 1 < text.Length && text[at] == '/' && text[at + 1] == '/')
            {
                continue;
            }

            var valueStart = SkipBlanks(text, at);
            if (separator is ' ' or '\t' && valueStart < text.Length && text[valueStart] == '-')
            {
                continue; // --password --next-flag: no value given here
            }

            var end = ValueEnd(text, valueStart, separator, name.Contains('.', StringComparison.Ordinal));
            var (start, stop) = Unquote(text, valueStart, end);
            if (stop > start && IsBlockScalar(text.AsSpan(start, stop - start)))
            {
                ranges.Add(BlockScalarBody(text, match.Start, stop));
            }
            else if (stop > start && !IsReference(text.AsSpan(start, stop - start)))
            {
                ranges.Add((start, stop));
                at = Math.Max(at, end);
            }
        }
    }

    /// <summary>
    /// Where an unquoted value ends: a quoted one at its closing quote; after ':' (YAML, headers) or in a dotted setting
    /// (neo4j.conf) at the end of the line or a " #" comment; otherwise (shell, query strings, connection strings) at a
    /// blank, ';' or '&amp;'.
    /// </summary>
    private static int ValueEnd(string text, int start, char separator, bool dottedName)
    {
        if (start < text.Length && text[start] is '"' or '\'')
        {
            var quote = text[start];
            for (var i = start + 1; i < text.Length && text[i] != '\n'; i++)
            {
                if (text[i] == '\\' && quote == '"')
                {
                    i++;
                }
                else if (text[i] == quote)
                {
                    return i + 1;
                }
            }

            return LineEnd(text, start);
        }

        if (separator == ':' || separator == '=' && dottedName)
        {
            var end = LineEnd(text, start);
            var comment = text.IndexOf(" #", start, end - start, StringComparison.Ordinal);
            end = comment >= 0 ? comment : end;
            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            return end;
        }

        // A closing bracket ends the value unless the value opened it (${VAR}, $(cmd)).
        var stop = start;
        var depth = 0;
        for (; stop < text.Length && !char.IsWhiteSpace(text[stop]) && text[stop] is not (';' or '&' or '"' or '\'' or '`' or '<' or '>'); stop++)
        {
            if (text[stop] is '(' or '[' or '{')
            {
                depth++;
            }
            else if (text[stop] is ')' or ']' or '}' && depth-- == 0)
            {
                break;
            }
        }

        return stop;
    }

    /// <summary>Values that name where a secret comes from, not the secret: <c>${VAR}</c>, <c>$VAR</c>, a template, a key file's name, an empty or boolean value.</summary>
    private static bool IsReference(ReadOnlySpan<char> value)
    {
        if (value is "" or "true" or "false" or "null" or "~" or "***" or "{" or "[" or "{}" or "[]" || value.StartsWith("${") && value.EndsWith("}")
            || value.StartsWith("{{") && value.EndsWith("}}") || value.StartsWith("$(") && value.EndsWith(")"))
        {
            return true;
        }

        if (value[0] == '$' && value.Length > 1 && value[1..].ContainsAnyExcept(VariableChars) is false)
        {
            return true;
        }

        var dot = value.LastIndexOf('.');
        return dot > 0 && value[(dot + 1)..] is "key" or "pem" or "crt" or "cert" or "p12" or "pfx" or "jks" && !value.ContainsAny(" \t");
    }

    private static readonly System.Buffers.SearchValues<char> VariableChars =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_");

    private static bool IsBlockScalar(ReadOnlySpan<char> value) => value.Length <= 3 && value.Length > 0 && value[0] is '|' or '>';

    /// <summary>The lines under <c>password: |</c> indented deeper than the key's line.</summary>
    private static (int, int) BlockScalarBody(string text, int keyIndex, int valueEnd)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, keyIndex - 1)) + 1;
        var indent = 0;
        while (lineStart + indent < text.Length && text[lineStart + indent] is ' ' or '-')
        {
            indent++;
        }

        var start = LineEnd(text, valueEnd);
        var end = start;
        while (end < text.Length)
        {
            var next = end + 1;
            var nextEnd = LineEnd(text, next);
            var spaces = 0;
            while (next + spaces < nextEnd && text[next + spaces] == ' ')
            {
                spaces++;
            }

            if (next + spaces < nextEnd && spaces <= indent)
            {
                break;
            }

            end = nextEnd;
        }

        return (start, end);
    }

    /// <summary>
    /// Bare keys with no name to tell: 40 base64 characters mixing upper case, lower case and digits (an AWS secret
    /// access key; a hex digest has no upper case) and 88 ending in "==" (an Azure storage account key).
    /// </summary>
    private static void AddRandomKeys(string text, List<(int, int)> ranges)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!IsBase64(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && IsBase64(text[i]))
            {
                i++;
            }

            var padded = i;
            while (padded < text.Length && text[padded] == '=' && padded - i < 2)
            {
                padded++;
            }

            var run = text.AsSpan(start, i - start);
            if (run.Length == 40 && padded == i && LooksRandom(run) || run.Length == 86 && padded - i == 2)
            {
                ranges.Add((start, padded));
            }

            i = padded;
        }
    }

    private static bool LooksRandom(ReadOnlySpan<char> run)
    {
        if (run[0] == '/' || run[^1] == '/' || run.IndexOf("//") >= 0)
        {
            return false;
        }

        int upper = 0, lower = 0, digits = 0;
        foreach (var c in run)
        {
            upper += char.IsAsciiLetterUpper(c) ? 1 : 0;
            lower += char.IsAsciiLetterLower(c) ? 1 : 0;
            digits += char.IsAsciiDigit(c) ? 1 : 0;
        }

        // A path of 40 characters has more folders than a key has slashes (about one in 64 characters).
        return upper >= 2 && lower >= 2 && digits >= 1 && run.Count('/') <= 3;
    }

    private static bool IsBase64(char c) => char.IsAsciiLetterOrDigit(c) || c is '+' or '/';

    private static bool IsWordChar(string text, int index) => index >= 0 && index < text.Length && char.IsAsciiLetterOrDigit(text[index]);

    /// <summary>A quoted value's quotes stay, so the excerpt still reads as the file did.</summary>
    private static (int Start, int End) Unquote(string text, int start, int end)
    {
        if (end - start >= 2 && text[start] is '"' or '\'' && text[end - 1] == text[start])
        {
            return (start + 1, end - 1);
        }

        return (start, end);
    }

    private static int SkipBlanks(string text, int index)
    {
        while (index < text.Length && text[index] is ' ' or '\t')
        {
            index++;
        }

        return index;
    }

    private static int LineEnd(string text, int index)
    {
        var newline = index < text.Length ? text.IndexOfAny(['\r', '\n'], index) : -1;
        return newline < 0 ? text.Length : newline;
    }

    /// <summary>Each masked range becomes <see cref="Mask"/> per line it spans; its line breaks stay.</summary>
    private static string Apply(string text, List<(int Start, int End)> ranges)
    {
        ranges.Sort();
        var output = new StringBuilder(text.Length);
        var at = 0;
        foreach (var (rangeStart, end) in ranges)
        {
            var start = Math.Max(rangeStart, at);
            if (end <= start)
            {
                continue;
            }

            output.Append(text, at, start - at);
            var masked = false;
            for (var i = start; i < end; i++)
            {
                if (text[i] is '\n' or '\r')
                {
                    output.Append(text[i]);
                    masked = false;
                }
                else if (!masked)
                {
                    output.Append(Mask);
                    masked = true;
                }
            }

            at = end;
        }

        output.Append(text, at, text.Length - at);
        return output.ToString();
    }
}
