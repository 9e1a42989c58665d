namespace BackupPolicyLint.Reporting.Model;

/// <summary>Consecutive lines of a source file, the first of them numbered <see cref="FirstLine"/>.</summary>
public sealed record SourceExcerpt(int FirstLine, IReadOnlyList<string> Lines);
