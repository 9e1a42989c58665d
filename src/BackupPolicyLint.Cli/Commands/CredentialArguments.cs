using System.Text.RegularExpressions;

namespace BackupPolicyLint.Cli.Commands;

/// <summary>
/// Refuses, before the command line is parsed, any argument that carries a credential: a password flag
/// (<c>--password</c>, <c>--neo4j-password</c>, <c>--pass…</c>, <c>-p</c>, with or without <c>=value</c>), a
/// <c>user:password</c> user, or a URI with user info. The refusal names the flag and never the value, so neither the
/// parser's own messages ("Unrecognized command or argument 'SECRET'") nor a path check can echo it.
/// </summary>
internal static partial class CredentialArguments
{
    private const string UseTheEnvironment = "set the password in NEO4J_PASSWORD (and the user with --neo4j-user or NEO4J_USER)";

    /// <summary>One sentence saying which argument was refused and why, or null when none carries a credential.</summary>
    public static string? Refusal(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var (flag, value) = Split(args[i]);
            if (flag is not null && IsPasswordFlag(flag))
            {
                return $"{flag} is refused: bpl takes no password on the command line (it would stay in shell history and the process list); {UseTheEnvironment}";
            }

            if (flag is "--neo4j-user" && (value ?? Next(args, i)) is { } user && user.Contains(':', StringComparison.Ordinal))
            {
                return $"--neo4j-user is refused: it holds a user:password pair; give the user alone and put the password in NEO4J_PASSWORD";
            }

            if (UserInfo().IsMatch(value ?? args[i]))
            {
                var where = flag ?? (i > 0 && Split(args[i - 1]) is { Flag: { } previous, Value: null } ? previous : "an argument");
                return $"{where} is refused: it holds a URI with credentials (user info before '@'); give the URI without them and {UseTheEnvironment}";
            }
        }

        return null;
    }

    /// <summary>Names of the password flags; a typo of one (--neo4j-pasword) is still a password flag.</summary>
    private static bool IsPasswordFlag(string flag)
    {
        if (!flag.StartsWith("--", StringComparison.Ordinal))
        {
            return flag.StartsWith("-p", StringComparison.Ordinal);
        }

        var name = flag[2..].ToLowerInvariant();
        var bare = name.StartsWith("neo4j-", StringComparison.Ordinal) ? name["neo4j-".Length..] : name;
        return bare.StartsWith("pas", StringComparison.Ordinal) || name.Contains("password", StringComparison.Ordinal)
            || name.Contains("passwd", StringComparison.Ordinal) || name.Contains("pwd", StringComparison.Ordinal);
    }

    /// <summary>An option token as flag and inline value (<c>--x=v</c>, <c>-pv</c>); a non-option token has no flag.</summary>
    private static (string? Flag, string? Value) Split(string token)
    {
        if (token.Length < 2 || token[0] != '-' || token == "--")
        {
            return (null, null);
        }

        var equals = token.IndexOf('=', StringComparison.Ordinal);
        if (equals > 0)
        {
            return (token[..equals], token[(equals + 1)..]);
        }

        // -pSECRET: a short flag with its value attached.
        return token.StartsWith("-p", StringComparison.Ordinal) && !token.StartsWith("--", StringComparison.Ordinal) ? ("-p", token[2..]) : (token, null);
    }

    private static string? Next(IReadOnlyList<string> args, int i) => i + 1 < args.Count ? args[i + 1] : null;

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.\-]*://[^/?#\s]*@")]
    private static partial Regex UserInfo();
}
