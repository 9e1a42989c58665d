namespace BackupPolicyLint.Redaction;

/// <summary>The shapes of secret that <see cref="SecretRedactor"/> looks for, each with a scanner of its own (<c>Scanners/</c>), as flags.</summary>
[Flags]
internal enum SecretShapes
{
    None = 0,
    PemBlock = 1,
    UriPassword = 2,
    Neo4jAuth = 4,
    AwsKeyId = 8,
    Bearer = 16,
    CypherShellPassword = 32,
    Assignment = 64,
    All = PemBlock | UriPassword | Neo4jAuth | AwsKeyId | Bearer | CypherShellPassword | Assignment,
}
