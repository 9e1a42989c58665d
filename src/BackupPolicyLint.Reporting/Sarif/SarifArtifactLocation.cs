namespace BackupPolicyLint.Reporting.Sarif;

/// <summary>A file, relative to the repository root, which consumers know as %SRCROOT%.</summary>
public sealed record SarifArtifactLocation(string Uri)
{
    public const string SourceRoot = "%SRCROOT%";

    public string UriBaseId => SourceRoot;
}
