using BackupPolicyLint.Diagnostics;

namespace BackupPolicyLint.Reporting.Model;

/// <summary>No source available: writers show findings without context lines.</summary>
internal sealed class NoSourceExcerpts : ISourceExcerpts
{
    public static readonly NoSourceExcerpts Instance = new();

    public SourceExcerpt? Around(SourceSpan span) => null;
}
