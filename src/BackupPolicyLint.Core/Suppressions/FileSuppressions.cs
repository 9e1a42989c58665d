using BackupPolicyLint.Diagnostics;

namespace BackupPolicyLint.Suppressions;

/// <summary>
/// One file's bpl-ignore comments once judged: a finding is suppressed by the first comment in force, in line order,
/// that covers its line and names its rule.
/// </summary>
internal sealed class FileSuppressions(string displayPath, IReadOnlyList<InlineSuppression> live, IReadOnlyList<Finding> problems)
{
    /// <summary>The comments in force.</summary>
    public IReadOnlyList<InlineSuppression> Live => live;

    /// <summary>A finding for each comment that suppresses nothing (rejected or expired), in line order.</summary>
    public IReadOnlyList<Finding> Problems => problems;

    public Finding Suppress(Finding finding)
    {
        if (finding.Suppressed || finding.Span.File != displayPath)
        {
            return finding;
        }

        foreach (var comment in live)
        {
            if (finding.Span.Line == comment.CoveredLine && comment.RuleIds.Contains(finding.RuleId, StringComparer.OrdinalIgnoreCase))
            {
                return finding with
                {
                    Suppressed = true,
                    Suppression = new Suppression(SuppressionKind.Inline, comment.Reason!, null, comment.Until, $"{displayPath}:{comment.Span.Line}"),
                };
            }
        }

        return finding;
    }
}
