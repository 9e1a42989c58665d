namespace BackupPolicyLint.Diagnostics;

/// <summary>
/// Where something is in a file: 1-based lines and columns, end inclusive of the last character's column + 1
/// (the position just after the node), file relative to the working directory with '/' separators.
/// </summary>
public sealed record SourceSpan(string File, int Line, int Column, int EndLine, int EndColumn)
{
    /// <summary>The "file" of findings about a command-line input that is no file (a --neo4j-uri): docs/inventory.md.</summary>
    public const string CommandLineFile = "<command line>";

    internal static SourceSpan FileStart(string file) => new(file, 1, 1, 1, 1);

    internal static SourceSpan CommandLine() => FileStart(CommandLineFile);

    /// <summary><c>file:line:column</c>, as findings print their location.</summary>
    public override string ToString() => $"{File}:{Line}:{Column}";
}
