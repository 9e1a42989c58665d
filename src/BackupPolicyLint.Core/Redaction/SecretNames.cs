namespace BackupPolicyLint.Redaction;

/// <summary>
/// Whether a setting, variable, flag or key name says its value is a secret. Only the name's last word counts, so
/// <c>dbms.security.auth_enabled</c>, <c>password_file</c>, <c>auth_minimum_password_length</c> and
/// <c>AWS_ACCESS_KEY_ID</c> stay readable while <c>dbms.security.ldap.authorization.system_password</c>,
/// <c>NEO4J_PASSWORD</c>, <c>aws_secret_access_key</c>, <c>client.credentials</c> and <c>AccountKey</c> do not.
/// </summary>
internal static class SecretNames
{
    /// <summary>A last word ending in one of these is a secret (<c>neo4jpassword</c>, <c>apitoken</c>, <c>clientsecret</c>).</summary>
    private static readonly string[] SecretEndings =
        ["password", "passwd", "passphrase", "secret", "token", "credentials", "credential", "signature", "authorization",
         "apikey", "privatekey", "secretkey", "accesskey", "accountkey", "masterkey", "sharedkey", "sessionkey"];

    /// <summary>Short words that are secrets only when they are the whole last word after another (<c>DB_PASS</c>, <c>MYSQL_PWD</c>; not the shell's <c>PWD</c>).</summary>
    private static readonly string[] QualifiedWords = ["pass", "pwd"];

    /// <summary>A last word <c>key</c> is a secret after one of these (<c>api_key</c>, <c>private_key</c>, <c>AZURE_STORAGE_KEY</c>), not alone (a Kubernetes <c>secretKeyRef.key</c> names a key).</summary>
    private static readonly string[] KeyQualifiers =
        ["api", "access", "private", "secret", "account", "storage", "shared", "master", "encryption", "signing", "client",
         "sas", "service", "auth", "subscription", "primary", "secondary", "admin", "session", "hmac", "license"];

    public static bool IsSecret(string name)
    {
        var words = Words(name);
        if (words.Count == 0)
        {
            return false;
        }

        var last = words[^1];
        if (last == "sig" || SecretEndings.Any(e => last.EndsWith(e, StringComparison.Ordinal)))
        {
            return true;
        }

        if (words.Count < 2)
        {
            return false;
        }

        return QualifiedWords.Contains(last) || (last == "key" && KeyQualifiers.Contains(words[^2]));
    }

    /// <summary>Lower-case words, split at anything not a letter or digit and where camelCase turns upper (<c>secretAccessKey</c>).</summary>
    private static List<string> Words(string name)
    {
        var words = new List<string>();
        var current = new System.Text.StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (!char.IsAsciiLetterOrDigit(c))
            {
                Flush();
                continue;
            }

            if (char.IsAsciiLetterUpper(c) && i > 0 && char.IsAsciiLetterLower(name[i - 1]))
            {
                Flush();
            }

            current.Append(char.ToLowerInvariant(c));
        }

        Flush();
        return words;

        void Flush()
        {
            if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }
    }
}
