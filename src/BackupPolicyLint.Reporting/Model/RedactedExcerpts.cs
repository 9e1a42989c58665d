using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Redaction;

namespace BackupPolicyLint.Reporting.Model;

/// <summary>Another provider's excerpts with secret values masked line by line.</summary>
internal sealed class RedactedExcerpts(ISourceExcerpts inner) : ISourceExcerpts
{
    public SourceExcerpt? Around(SourceSpan span) =>
        inner.Around(span) is { } excerpt ? excerpt with { Lines = excerpt.Lines.Select(SecretRedactor.Redact).ToList() } : null;
}
