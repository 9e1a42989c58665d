using System.Globalization;
using System.Text.RegularExpressions;
using BackupPolicyLint.Diagnostics;

namespace BackupPolicyLint.Suppressions;

/// <summary>
/// <c># bpl-ignore BPL403 -- reason</c> (or <c>// bpl-ignore</c> in scripts), optionally <c>until 2027-01-31</c> before
/// the <c>--</c>: suppresses the named rules' findings on the comment's line and on the line after it. A comment
/// without a reason, without a required expiry, or in a project that forbids inline suppressions suppresses nothing
/// and is BPL006; one past its date is BPL005.
/// </summary>
public static partial class InlineSuppressions
{
    public static IReadOnlyList<Finding> Apply(IReadOnlyList<Finding> findings, string displayPath, IReadOnlyList<string> lines, InlineSuppressionRules rules, DateOnly today)
    {
        var comments = Parse(displayPath, lines);
        if (comments.Count == 0)
        {
            return findings;
        }

        var result = findings.ToList();
        foreach (var comment in comments)
        {
            if (Rejection(comment, rules) is { } reason)
            {
                result.Add(DiagnosticIds.Create(DiagnosticIds.SuppressionRejected, $"{reason}, so it suppresses nothing", comment.Span));
                continue;
            }

            if (comment.Until is { } until && until < today)
            {
                result.Add(DiagnosticIds.Create(
                    DiagnosticIds.WaiverExpired,
                    $"the bpl-ignore of {string.Join(", ", comment.RuleIds)} expired on {until.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}, so the findings it covered are reported again; fix them, or renew the comment with a new date and reason",
                    comment.Span));
                continue;
            }

            for (var i = 0; i < result.Count; i++)
            {
                var finding = result[i];
                if (!finding.Suppressed && finding.Span.File == displayPath
                    && (finding.Span.Line == comment.Span.Line || finding.Span.Line == comment.Span.Line + 1)
                    && comment.RuleIds.Contains(finding.RuleId, StringComparer.OrdinalIgnoreCase))
                {
                    result[i] = finding with
                    {
                        Suppressed = true,
                        Suppression = new Suppression(SuppressionKind.Inline, comment.Reason!, null, comment.Until, $"{displayPath}:{comment.Span.Line}"),
                    };
                }
            }
        }

        return result;
    }

    /// <summary>Every bpl-ignore comment of a file, in line order.</summary>
    public static IReadOnlyList<InlineSuppression> Parse(string displayPath, IReadOnlyList<string> lines)
    {
        var found = new List<InlineSuppression>();
        for (var i = 0; i < lines.Count; i++)
        {
            var match = CommentPattern().Match(lines[i]);
            if (!match.Success)
            {
                continue;
            }

            var ids = match.Groups["ids"].Value.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            DateOnly? until = null;
            var untilValid = true;
            if (match.Groups["until"].Success)
            {
                untilValid = DateOnly.TryParseExact(match.Groups["until"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date);
                until = untilValid ? date : null;
            }

            var reason = match.Groups["reason"].Success ? match.Groups["reason"].Value.Trim() : "";
            var column = match.Index + 1;
            var span = new SourceSpan(displayPath, i + 1, column, i + 1, lines[i].Length + 1);
            found.Add(new InlineSuppression(ids, until, untilValid, reason.Length == 0 ? null : reason, span));
        }

        return found;
    }

    private static string? Rejection(InlineSuppression comment, InlineSuppressionRules rules)
    {
        if (!rules.Allowed)
        {
            return "inline suppressions are not allowed in this project (suppressions.inline: false in the config); accept the risk in a reviewed waiver file instead";
        }

        if (comment.RuleIds.Count == 0)
        {
            return "this bpl-ignore comment names no rule; write `# bpl-ignore BPL403 -- reason`";
        }

        if (!comment.UntilValid)
        {
            return "the date after `until` is not a date (YYYY-MM-DD)";
        }

        if (comment.Reason is null)
        {
            return $"the bpl-ignore of {string.Join(", ", comment.RuleIds)} gives no reason; add one after `--` (e.g. `# bpl-ignore {comment.RuleIds[0]} -- why this is acceptable`)";
        }

        return rules.RequireExpiry && comment.Until is null
            ? $"the bpl-ignore of {string.Join(", ", comment.RuleIds)} has no expiry, which this project requires (suppressions.requireExpiry); add `until YYYY-MM-DD` before `--`"
            : null;
    }

    [GeneratedRegex(@"(?:#|//)\s*bpl-ignore\b(?<ids>[^-]*?)(?:\s+until\s+(?<until>\S+))?\s*(?:--(?<reason>.*))?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CommentPattern();
}

/// <summary>One parsed bpl-ignore comment.</summary>
public sealed record InlineSuppression(IReadOnlyList<string> RuleIds, DateOnly? Until, bool UntilValid, string? Reason, SourceSpan Span);
