namespace BackupPolicyLint.Reporting.Model;

/// <summary>Consecutive lines of a source file, the first of them numbered <see cref="FirstLine"/>.</summary>
internal sealed record SourceExcerpt(int FirstLine, IReadOnlyList<string> Lines);
