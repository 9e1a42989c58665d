using System.Text.RegularExpressions;
using BackupPolicyLint.Redaction.Scanners;
using CsCheck;
using Xunit;

namespace BackupPolicyLint.Tests.Redaction;

/// <summary>
/// Each scanner finds what the regular expression it replaced found (<see cref="RegexSecretShapes"/>): from every start
/// index of texts built from pieces of its shape, whole shapes with their variants, and near misses, the same match (or
/// none), the same range and the same secret part. SecretRedactor calls the scanners where it called
/// <c>Regex.Match(text, at)</c> and <c>Matches</c>, so equal matches from every index mean equal masking.
/// </summary>
public sealed class SecretScannerEquivalenceTests
{
    private delegate bool Find(ReadOnlySpan<char> text, int startAt, out ShapeMatch match);

    /// <summary>What goes around every shape: blanks, line ends (both kinds), quotes, separators, non-ASCII letters and blanks.</summary>
    private static readonly string[] Surroundings =
        [" ", "  ", "\t", "\n", "\r\n", "\r", "\"", "'", "=", ":", "/", "@", "-", "#", "?", "<", ">", ";", "&", "é", "\u00A0", "\u2028", "\u0085",
         "\u3000", "\u212A", "ı", "ſ", "\v", "\f"];

    [Fact]
    public void UriPasswordScanner_ShouldMatchAsTheRegexDid() => Check(
        ["s3://", "https://", "bolt+s://", "://", "9+://", "-.://", "1a://", "user", "u", ":", "p@ss", "@", "@host", "host/path@x", "/", "?x@", "::"],
        Gen.Select(Gen.OneOf("s3", "bolt+s", "9a.b-c", "+", ""), Gen.OneOf("u", "", "u@x", "u/x", "u?"), Gen.OneOf(":", "::", ""),
                Gen.OneOf("p", "", "p@ss", "p:w", "p#", "p q", "p'"), Gen.OneOf("@", "@@", "@h/x@y", ""))
            .Select((scheme, user, colon, password, at) => $"{scheme}://{user}{colon}{password}{at}"),
        "abc:/@1",
        RegexSecretShapes.UriPassword, "pass", UriPasswordScanner.TryFind);

    [Fact]
    public void Neo4jAuthScanner_ShouldMatchAsTheRegexDid() => Check(
        ["NEO4J_AUTH", "neo4j_auth", "NEO4J_AUT", "NEO4J_AUTH=", "NEO4J_AUTH=neo4j/", "neo4j/", "/", "//", "none", "NEO4J_AUTH=NEO4J_AUTH="],
        Gen.Select(Gen.OneOf("NEO4J_AUTH", "Neo4J_Auth", "NE\u212AO4J_AUTH"), Gen.OneOf("", "\"", "'"), Gen.OneOf("", " ", "\t "),
                Gen.OneOf("=", ":", "", " "), Gen.OneOf("", " ", "\"", " '", "\n"), Gen.OneOf("neo4j", "", "ne o", "a\"b"),
                Gen.OneOf("/", "//", ""), Gen.OneOf("pw", "", "p w", "p/w", "p\"", "\r\n"))
            .Select((name, quote, blanks, separator, open, user, slash, password) => $"{name}{quote}{blanks}{separator}{open}{user}{slash}{password}"),
        "nNeE4jJ_aAuUtTh/=:",
        RegexSecretShapes.Neo4jAuth, "pass", Neo4jAuthScanner.TryFind);

    [Fact]
    public void PrivateKeyBeginScanner_ShouldMatchAsTheRegexDid() =>
        Check(PemPieces, PemMarkersNearTheLabelLimit, "A -Z9", RegexSecretShapes.PemBegin, null, Begin);

    [Fact]
    public void PrivateKeyEndScanner_ShouldMatchAsTheRegexDid() =>
        Check(PemPieces, PemMarkersNearTheLabelLimit, "A -Z9", RegexSecretShapes.PemEnd, null, End);

    [Fact]
    public void AwsKeyIdScanner_ShouldMatchAsTheRegexDid() => Check(
        ["AKIA", "ASIA", "AROA", "AKIB", "AKI", "A", "AKIAIOSFODNN7EXAMPLE", "IOSFODNN7EXAMPLE", "0123456789ABCDEF"],
        Gen.Select(Gen.OneOf("AKIA", "ASIA", "ABIA", "ACCA", "AGPA", "AIDA", "AIPA", "ANPA", "ANVA", "AROA", "APKA", "ASCA", "AKIB", "AAKIA"),
                Gen.Int[14, 18].SelectMany(n => Gen.String[Gen.Char["AZ09"], n, n]), Gen.OneOf("", "a", " ", "9", "é"))
            .Select((prefix, rest, after) => prefix + rest + after),
        "AKISZ09a",
        RegexSecretShapes.AwsKeyId, "rest", AwsKeyIdScanner.TryFind);

    [Fact]
    public void BearerTokenScanner_ShouldMatchAsTheRegexDid() => Check(
        ["Bearer", "bearer", "BEARER", "earer", "Bearer ", "abcdefg", "abcdefgh", "=", "==", "Bearerearer"],
        Gen.Select(Gen.OneOf("Bearer", "bearer", "BEARER", "Bearerr", "xbearer"), Gen.OneOf(" ", "\t", "  \t", "", "\n", "\u00A0"),
                Gen.Int[6, 10].SelectMany(n => Gen.String[Gen.Char["aZ9._~+/-"], n, n]), Gen.OneOf("", "=", "==", "= =", "é"))
            .Select((word, blanks, token, padding) => word + blanks + token + padding),
        "aB9=.~+/-_",
        RegexSecretShapes.Bearer, "token", BearerTokenScanner.TryFind);

    [Fact]
    public void CypherShellPasswordScanner_ShouldMatchAsTheRegexDid() => Check(
        ["cypher-shell", "cypher-shel", " -p ", "\t-p\t", " -p", "-p", " -password ", " --p ", "pw", "'a b'", "\"a b\"", "-u neo4j"],
        Gen.Select(Gen.OneOf("", " -u neo4j", " -a bolt://db", "\r", " -p"), Gen.OneOf(" -p ", " -p\t", "\t-p  ", " -p", "-p ", " -P "),
                Gen.OneOf("pw", "\"a b\"", "'a b'", "\"a", "'a", "\"a\n\"", "'a\r'", "\r", "\n", "", "\"\"", "x'y", "\u00A0x"),
                Gen.OneOf("", "\n", "\r\n", " -p pw2", " -p 'q'", " '", " \""))
            .Select((options, flag, value, rest) => "cypher-shell" + options + flag + value + rest),
        "p- \t\"'x",
        RegexSecretShapes.CypherShellPassword, "pass", CypherShellPasswordScanner.TryFind);

    [Fact]
    public void AssignmentScanner_ShouldMatchAsTheRegexDid()
    {
        var pieces = new[] { "password", "DB_PASS", "set-initial-password", "--", "-", "---", "_x", "9", ".", "x-y", "9_", "--password", "\":", "' " };
        var assignments = Gen.Select(Gen.OneOf("", "-", "--", "---", "9", ".-"), Gen.OneOf("password", "_", "a.b-c", "X9", "9x"),
                Gen.OneOf("", "\"", "'", "\"\""), Gen.OneOf("", " ", "\t", " \t "), Gen.OneOf("=", ":", "", "x", "\n", "-"))
            .Select((flag, name, quote, blanks, separator) => flag + name + quote + blanks + separator);
        Texts(pieces, assignments, "aZ9_.-=: \t\"'").Sample(
            text => Assert.Equal(AllMatches(text, RegexSecretShapes.Assignment, Matched), AllMatches(text, Scanned)),
            iter: PropertyIterations.Count * 4);

        static string Scanned(string text, int startAt) =>
            AssignmentScanner.TryFind(text, startAt, out var m)
                ? $"{startAt}: [{m.Start},{m.End}) name [{m.NameStart},{m.NameEnd}) flag {m.HasFlag} sep {(int)m.Separator}"
                : $"{startAt}: none";

        static string Matched(Match m, int startAt) =>
            m.Success
                ? $"{startAt}: [{m.Index},{m.Index + m.Length}) name [{m.Groups["name"].Index},{m.Groups["name"].Index + m.Groups["name"].Length}) flag {m.Groups["flag"].Success} sep {(int)m.Groups["sep"].Value[0]}"
                : $"{startAt}: none";
    }

    [Fact]
    public void Neo4jAuthName_ShouldIgnoreCaseAsTheRegexDid()
    {
        // The regex ignored case by its own table of equivalent characters (the Kelvin sign is a 'k'), the scanner by
        // ordinal upper case: for the letters of NEO4J_AUTH, every UTF-16 character must be judged alike.
        for (var i = 0; i < "NEO4J_AUTH".Length; i++)
        {
            for (var c = char.MinValue; c < char.MaxValue; c++)
            {
                var text = string.Concat("NEO4J_AUTH".AsSpan(0, i), c.ToString(), "NEO4J_AUTH".AsSpan(i + 1), "=u/p");
                Assert.True(RegexSecretShapes.Neo4jAuth.IsMatch(text) == Neo4jAuthScanner.TryFind(text, 0, out _), $"U+{(int)c:X4} at {i}");
            }
        }
    }

    private static readonly string[] PemPieces =
        ["-----BEGIN ", "-----END ", "-----BEGIN PRIVATE KEY-----", "-----BEGIN  PRIVATE KEY-----", "-----END RSA PRIVATE KEY-----",
         "-----BEGIN RSA PRIVATE KEY BLOCK-----", "PRIVATE KEY", " BLOCK", "-----", "----", "RSA ", "private key", "PUBLIC KEY", "A", " "];

    /// <summary>Whole markers whose label has 36 to 44 characters before PRIVATE KEY (at most 40 may be there).</summary>
    private static readonly Gen<string> PemMarkersNearTheLabelLimit =
        Gen.Select(Gen.Int[36, 44].SelectMany(n => Gen.String[Gen.Char["AZ9 "], n, n]), Gen.Bool, Gen.OneOf("", " BLOCK", " BLOCK ", "BLOCK"),
                Gen.OneOf("-----", "----", "------"))
            .Select((label, end, block, dashes) => $"-----{(end ? "END" : "BEGIN")} {label}PRIVATE KEY{block}{dashes}");

    private static bool Begin(ReadOnlySpan<char> text, int startAt, out ShapeMatch match) =>
        PrivateKeyMarkerScanner.TryFind(text, startAt, PrivateKeyMarkerScanner.Begin, out match);

    private static bool End(ReadOnlySpan<char> text, int startAt, out ShapeMatch match) =>
        PrivateKeyMarkerScanner.TryFind(text, startAt, PrivateKeyMarkerScanner.End, out match);

    /// <summary>From every start index, the regex's match and the scanner's, described alike.</summary>
    private static void Check(string[] pieces, Gen<string> shapes, string alphabet, Regex regex, string? group, Find find)
    {
        Texts(pieces, shapes, alphabet).Sample(
            text => Assert.Equal(AllMatches(text, regex, Matched), AllMatches(text, Scanned)),
            iter: PropertyIterations.Count * 4);

        string Scanned(string text, int startAt) =>
            find(text, startAt, out var m) ? $"{startAt}: [{m.Start},{m.End}) value [{m.ValueStart},{m.ValueEnd})" : $"{startAt}: none";

        string Matched(Match m, int startAt)
        {
            var value = group is null ? m : m.Groups[group];
            return m.Success ? $"{startAt}: [{m.Index},{m.Index + m.Length}) value [{value.Index},{value.Index + value.Length})" : $"{startAt}: none";
        }
    }

    private static string AllMatches(string text, Regex regex, Func<Match, int, string> describe) =>
        string.Join("\n", Enumerable.Range(0, text.Length + 1).Select(at => describe(regex.Match(text, at), at)));

    private static string AllMatches(string text, Func<string, int, string> describe) =>
        string.Join("\n", Enumerable.Range(0, text.Length + 1).Select(at => describe(text, at)));

    /// <summary>
    /// Texts of up to 16 parts: whole shapes (with parts left out or wrong), the shape's own pieces, what surrounds
    /// shapes, and short runs of the shape's characters.
    /// </summary>
    private static Gen<string> Texts(string[] pieces, Gen<string> shapes, string alphabet) =>
        Gen.Frequency(
                (3, shapes),
                (3, Gen.OneOf(pieces)),
                (3, Gen.OneOf(Surroundings)),
                (2, Gen.String[Gen.Char[alphabet], 1, 6]))
            .Array[0, 16]
            .Select(string.Concat);
}
