using System.Text.RegularExpressions;

namespace BackupPolicyLint.Tests.Redaction;

/// <summary>
/// The regular expressions <c>SecretRedactor</c> used before its hand-written scanners, kept here (and only here) as
/// the oracle the scanners are compared with: the same patterns, options and group names.
/// </summary>
internal static class RegexSecretShapes
{
    private const RegexOptions Linear = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    public static readonly Regex Assignment = new(@"(?<flag>--?)?(?<name>[A-Za-z_][A-Za-z0-9_.\-]*)[""']?[ \t]*(?<sep>[:=]|[ \t])", Linear);

    public static readonly Regex UriPassword = new(@"[A-Za-z][A-Za-z0-9+.\-]*://[^\s/?#@:'""<>]*:(?<pass>[^\s/?#'""<>]*)@", Linear);

    public static readonly Regex Neo4jAuth = new(@"NEO4J_AUTH[""']?[ \t]*[:=][ \t]*[""']?[^/\s""']*/(?<pass>[^\s""']+)", Linear | RegexOptions.IgnoreCase);

    public static readonly Regex PemBegin = new(@"-----BEGIN [A-Z0-9 ]{0,40}PRIVATE KEY( BLOCK)?-----", Linear);

    public static readonly Regex PemEnd = new(@"-----END [A-Z0-9 ]{0,40}PRIVATE KEY( BLOCK)?-----", Linear);

    public static readonly Regex AwsKeyId = new(@"(AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AIPA|ANPA|ANVA|AROA|APKA|ASCA)(?<rest>[A-Z0-9]{16})", Linear);

    public static readonly Regex Bearer = new(@"[Bb]earer[ \t]+(?<token>[A-Za-z0-9._~+/\-]{8,}=*)", Linear);

    public static readonly Regex CypherShellPassword = new(@"cypher-shell[^\n]*?[ \t]-p[ \t]+(?<pass>""[^""\n]*""|'[^'\n]*'|[^\s""']+)", Linear);
}
