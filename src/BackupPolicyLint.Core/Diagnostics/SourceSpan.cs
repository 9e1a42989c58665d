namespace BackupPolicyLint.Diagnostics;

/// <summary>
/// Where something is in a file: 1-based lines and columns, end inclusive of the last character's column + 1
/// (the position just after the node), file relative to the working directory with '/' separators.
/// </summary>
public sealed record SourceSpan(string File, int Line, int Column, int EndLine, int EndColumn)
{
    public static SourceSpan FileStart(string file) => new(file, 1, 1, 1, 1);

    public override string ToString() => $"{File}:{Line}:{Column}";
}
