namespace BackupPolicyLint.Redaction;

/// <summary>
/// Which secret shapes a text may hold, by what each shape cannot match without (a literal it starts with, or a name
/// <see cref="SecretNames"/> calls a secret's). Never too few: a shape left out has no match in the text, so skipping
/// its scanner masks the same (SecretRedactorTests compares both ways). One cheap pass, so a text with no secret shape
/// runs no shape's scanner.
/// </summary>
internal static class SecretShapesIn
{
    private static readonly string[] AwsKeyPrefixes = ["AKIA", "ASIA", "ABIA", "ACCA", "AGPA", "AIDA", "AIPA", "ANPA", "ANVA", "AROA", "APKA", "ASCA"];

    public static SecretShapes Text(string text)
    {
        var shapes = SecretShapes.None;
        if (text.Contains("-----BEGIN ", StringComparison.Ordinal))
        {
            shapes |= SecretShapes.PemBlock;
        }

        if (text.Contains("://", StringComparison.Ordinal))
        {
            shapes |= SecretShapes.UriPassword;
        }

        if (text.Contains("NEO4J_AUTH", StringComparison.OrdinalIgnoreCase))
        {
            shapes |= SecretShapes.Neo4jAuth;
        }

        if (HasAwsKeyPrefix(text))
        {
            shapes |= SecretShapes.AwsKeyId;
        }

        if (text.Contains("earer", StringComparison.Ordinal))
        {
            shapes |= SecretShapes.Bearer;
        }

        if (text.Contains("cypher-shell", StringComparison.Ordinal))
        {
            shapes |= SecretShapes.CypherShellPassword;
        }

        if (HasSecretName(text))
        {
            shapes |= SecretShapes.Assignment;
        }

        return shapes;
    }

    private static bool HasAwsKeyPrefix(string text)
    {
        for (var at = text.IndexOf('A', StringComparison.Ordinal); at >= 0 && at + 4 <= text.Length; at = text.IndexOf('A', at + 1))
        {
            var candidate = text.AsSpan(at, 4);
            foreach (var prefix in AwsKeyPrefixes)
            {
                if (candidate.SequenceEqual(prefix))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a name in the text is a secret's. An assignment's name runs over letters, digits, '_', '.' and
    /// '-' from its first letter or '_' to the end of that run (a shorter name would be followed by a name character,
    /// not a separator), so each run's name is judged once.
    /// </summary>
    private static bool HasSecretName(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!IsNameChar(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && IsNameChar(text[i]))
            {
                i++;
            }

            var nameStart = start;
            while (nameStart < i && !(char.IsAsciiLetter(text[nameStart]) || text[nameStart] == '_'))
            {
                nameStart++;
            }

            if (nameStart < i && SecretNames.IsSecret(text[nameStart..i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-';
}
