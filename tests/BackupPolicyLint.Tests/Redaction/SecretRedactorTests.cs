using System.Diagnostics;
using BackupPolicyLint.Redaction;
using CsCheck;
using Xunit;

namespace BackupPolicyLint.Tests.Redaction;

/// <summary>Each secret shape is masked with what says where it was kept, and ordinary settings stay readable.</summary>
public sealed class SecretRedactorTests
{
    [Theory]
    // Settings and variables whose name says secret (neo4j.conf, env files, YAML, JSON, ini, shell).
    [InlineData("dbms.security.ldap.authorization.system_password=Hunter2-ldap", "dbms.security.ldap.authorization.system_password=***")]
    [InlineData("dbms.ssl.policy.bolt.private_key_password = pa ss word", "dbms.ssl.policy.bolt.private_key_password = ***")]
    [InlineData("dbms.security.oidc.azure.client_secret=s3cr3t", "dbms.security.oidc.azure.client_secret=***")]
    [InlineData("fabric.remote.credentials=abc:def", "fabric.remote.credentials=***")]
    [InlineData("NEO4J_PASSWORD=Tr0ub4dor", "NEO4J_PASSWORD=***")]
    [InlineData("export NEO4J_PASSWORD=\"Tr0ub4dor &3\"", "export NEO4J_PASSWORD=\"***\"")]
    [InlineData("  - NEO4J_dbms_security_ldap_authorization_system__password=ldapPw", "  - NEO4J_dbms_security_ldap_authorization_system__password=***")]
    [InlineData("PGPASSWORD=abc neo4j-admin database backup neo4j", "PGPASSWORD=*** neo4j-admin database backup neo4j")]
    [InlineData("AWS_SECRET_ACCESS_KEY=notAnAwsShape", "AWS_SECRET_ACCESS_KEY=***")]
    [InlineData("aws_secret_access_key = notAnAwsShape", "aws_secret_access_key = ***")]
    [InlineData("AWS_SESSION_TOKEN=FwoGZXIvYXdzEJr", "AWS_SESSION_TOKEN=***")]
    [InlineData("    password: correct horse battery staple # rotated", "    password: *** # rotated")]
    [InlineData("  password: 'single quoted'", "  password: '***'")]
    [InlineData("  apiToken: tok-123", "  apiToken: ***")]
    [InlineData("{\"password\": \"x\\\"y\", \"user\": \"neo4j\"}", "{\"password\": \"***\", \"user\": \"neo4j\"}")]
    [InlineData("DB_PASS=pw1 DB_PWD=pw2", "DB_PASS=*** DB_PWD=***")]
    [InlineData("neo4j-admin --password=pw --verbose", "neo4j-admin --password=*** --verbose")]
    [InlineData("neo4j-admin --password pw --verbose", "neo4j-admin --password *** --verbose")]
    [InlineData("Authorization: Basic dXNlcjpwYXNz", "Authorization: ***")]
    [InlineData("curl -H 'X: Bearer abcdefgh12345'", "curl -H 'X: Bearer ***'")]
    [InlineData("cypher-shell -u neo4j -p 'secret pw' -a bolt://db", "cypher-shell -u neo4j -p '***' -a bolt://db")]
    [InlineData("neo4j-admin dbms set-initial-password Sup3rS3cret", "neo4j-admin dbms set-initial-password ***")]
    // NEO4J_AUTH keeps its user.
    [InlineData("NEO4J_AUTH=neo4j/Sup3rS3cret", "NEO4J_AUTH=neo4j/***")]
    [InlineData("      NEO4J_AUTH: \"neo4j/Sup3rS3cret\"", "      NEO4J_AUTH: \"neo4j/***\"")]
    [InlineData("docker run -e NEO4J_AUTH=admin/pw neo4j:5", "docker run -e NEO4J_AUTH=admin/*** neo4j:5")]
    // URI user-info keeps scheme, user and host.
    [InlineData("uri: s3://AKUSER:p@ss:w0rd@bucket/backups", "uri: s3://AKUSER:***@bucket/backups")]
    [InlineData("https://u:p@example.com/x", "https://u:***@example.com/x")]
    [InlineData("--from=neo4j://admin:pw@db1:6362", "--from=neo4j://admin:***@db1:6362")]
    [InlineData("cypher-shell -a bolt+s://neo4j:pw@db:7687", "cypher-shell -a bolt+s://neo4j:***@db:7687")]
    // Cloud key shapes.
    [InlineData("key id AKIAIOSFODNN7EXAMPLE here", "key id AKIA*** here")]
    [InlineData("secret wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY here", "secret *** here")]
    [InlineData("DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=abc+/def==;EndpointSuffix=core.windows.net",
        "DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=***;EndpointSuffix=core.windows.net")]
    [InlineData("BlobEndpoint=https://a.blob.core.windows.net/;SharedAccessSignature=sv=2022&sig=abc%2Bdef", "BlobEndpoint=https://a.blob.core.windows.net/;SharedAccessSignature=***&sig=***")]
    [InlineData("https://a.blob.core.windows.net/c?sv=2022-11-02&ss=b&sig=Zm9vYmFy%3D&se=2027", "https://a.blob.core.windows.net/c?sv=2022-11-02&ss=b&sig=***&se=2027")]
    [InlineData("\"private_key\": \"-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBg\\n-----END PRIVATE KEY-----\\n\",", "\"private_key\": \"***\",")]
    public void Secret_ShouldBeMasked(string text, string expected)
    {
        Assert.Equal(expected, SecretRedactor.Redact(text));
    }

    [Theory]
    [InlineData("server.backup.listen_address=0.0.0.0:6362")]
    [InlineData("dbms.security.auth_enabled=true")]
    [InlineData("dbms.security.auth_minimum_password_length=12")]
    [InlineData("dbms.security.procedures.unrestricted=apoc.*")]
    [InlineData("dbms.ssl.policy.bolt.private_key=private.key")]
    [InlineData("NEO4J_AUTH=none")]
    [InlineData("password_file: /run/secrets/neo4j_password")]
    [InlineData("NEO4J_PASSWORD=${NEO4J_PASSWORD}")]
    [InlineData("password: $NEO4J_PASSWORD")]
    [InlineData("password: {{ .Values.neo4j.password }}")]
    [InlineData("          key: NEO4J_AUTH")]
    [InlineData("AWS_ACCESS_KEY_ID_FILE=/run/secrets/aws")]
    [InlineData("uri: s3://backups-bucket/neo4j/prod")]
    [InlineData("neo4j-admin database backup --to-path=s3://bucket/x --temp-path=/var/tmp neo4j")]
    [InlineData("sha1 0beec7b5ea3f0fdbc95d0dd47f3c5bc275da8a33 and /var/lib/neo4j/data/backups/Orders2024/Daily2")]
    [InlineData("Job 'nightly' backs up straight to cloud storage 's3' (s3://bucket/neo4j)")]
    [InlineData("the password is rotated by the vault; token lifetime is 1h")]
    [InlineData("mkdir -p /var/backups && docker run -p 7687:7687 neo4j")]
    public void NonSecret_ShouldStayReadable(string text)
    {
        Assert.Equal(text, SecretRedactor.Redact(text));
    }

    [Fact]
    public void PemBlock_ShouldKeepItsMarkersAndLineCount()
    {
        const string text = "a: 1\n-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\nx9y8z7\n-----END RSA PRIVATE KEY-----\nb: 2";

        Assert.Equal("a: 1\n-----BEGIN RSA PRIVATE KEY-----\n***\n***\n-----END RSA PRIVATE KEY-----\nb: 2", SecretRedactor.Redact(text));
    }

    [Fact]
    public void YamlBlockScalar_ShouldMaskItsIndentedLines()
    {
        const string text = "stringData:\n  password: |\n    line one\n    line two\n  user: neo4j\n";

        Assert.Equal("stringData:\n  password: |\n***\n***\n  user: neo4j\n", SecretRedactor.Redact(text));
    }

    [Fact]
    public void HostileText_ShouldTakeLinearTime()
    {
        var line = string.Concat(Enumerable.Repeat("password:password=", 50_000)) + "\n";
        var text = string.Concat(Enumerable.Repeat(line, 4));

        var clock = Stopwatch.StartNew();
        SecretRedactor.Redact(text);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Theory]
    [InlineData("NEO4J_AUTH=")]
    [InlineData("NEO4J_AUTH=x")]
    [InlineData("cypher-shell ")]
    [InlineData("cypher-shell -p \"")]
    [InlineData("s3://u:")]
    [InlineData("-----BEGIN ")]
    [InlineData("-----BEGIN PRIVATE KEY")]
    [InlineData("Bearer ")]
    [InlineData("AKIA")]
    public void HostileRepetitionOfAShapesStart_ShouldTakeLinearTime(string start)
    {
        // Each repetition starts a match the scanner must give up on; a scanner that read the rest of the line again
        // for each would take minutes here.
        var text = string.Concat(Enumerable.Repeat(start, 1_000_000 / start.Length));

        var clock = Stopwatch.StartNew();
        SecretRedactor.Redact(text);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Theory]
    [InlineData("BPL703 pass; BPL707 pass")]
    [InlineData("BPL701 pass; BPL702 fail (1 finding); BPL704 pass")]
    [InlineData("database 'neo4j' has no full backup within 7d; the last run of job 'nightly' was 2026-11-19T02:00:00Z")]
    [InlineData("retention keeps 3 full backups; bpl expects at least 7 (production pack)")]
    [InlineData("dbms.security.auth_enabled=true")]
    public void TextWithNoSecretShape_ShouldNeedNoPattern(string text)
    {
        // What most finding messages and outcome reasons look like: masking them must run no shape's scanner.
        Assert.Equal(SecretShapes.None, SecretShapesIn.Text(text));
    }

    [Theory]
    [InlineData("DB_PASS=pw1", SecretShapes.Assignment)]
    [InlineData("x NEO4J_AUTH=neo4j/pw", SecretShapes.Neo4jAuth)]
    [InlineData("https://u:p@h", SecretShapes.UriPassword)]
    [InlineData("id AKIAIOSFODNN7EXAMPLE", SecretShapes.AwsKeyId)]
    [InlineData("-H 'X: Bearer abcdefgh1'", SecretShapes.Bearer)]
    [InlineData("cypher-shell -p x", SecretShapes.CypherShellPassword)]
    [InlineData("-----BEGIN RSA PRIVATE KEY-----", SecretShapes.PemBlock)]
    public void TextWithASecretShape_ShouldNeedItsPattern(string text, object expected)
    {
        // object: a theory is public and SecretShapes is internal; InlineData still names the enum's values.
        Assert.Equal((SecretShapes)expected, SecretShapesIn.Text(text));
    }

    [Fact]
    public void SkippingPatternsTheTextCannotMatch_ShouldMaskTheSame()
    {
        // Fragments of every shape and of near misses, joined at random: skipping the scanners SecretShapesIn leaves out
        // must never unmask anything.
        var fragment = Gen.OneOf(
            Gen.Const("password"), Gen.Const("DB_PASS"), Gen.Const("9_pass"), Gen.Const("-x-secret"), Gen.Const("apiKey"), Gen.Const("key"),
            Gen.Const("sig"), Gen.Const("pass"), Gen.Const("PWD"), Gen.Const("set-initial-password"), Gen.Const("NEO4J_AUTH"), Gen.Const("neo4j/"),
            Gen.Const("s3://"), Gen.Const("u:"), Gen.Const("@"), Gen.Const("AKIA"), Gen.Const("IOSFODNN7EXAMPLE"), Gen.Const("Bearer"),
            Gen.Const("abcdefgh12345"), Gen.Const("cypher-shell"), Gen.Const(" -p "), Gen.Const("-----BEGIN RSA PRIVATE KEY-----"),
            Gen.Const("-----END RSA PRIVATE KEY-----"), Gen.Const("="), Gen.Const(": "), Gen.Const(" "), Gen.Const("\n"), Gen.Const("\""),
            Gen.Const("'"), Gen.Const("--"), Gen.Const("."), Gen.Const("#"), Gen.Const("${X}"), Gen.Const("|"),
            Gen.String[Gen.Char["aZ9_.-=: \n\"'/@"], 0, 8]);
        fragment.Array[0, 24].Select(string.Concat).Sample(
            text => Assert.Equal(SecretRedactor.Redact(text, SecretShapes.All), SecretRedactor.Redact(text)),
            iter: PropertyIterations.Count * 50); // a case costs microseconds; 200 joins rarely meet every shape
    }
}
