using System.Globalization;
using System.Text.RegularExpressions;
using BackupPolicyLint.Diagnostics;

namespace BackupPolicyLint.Suppressions;

/// <summary>
/// <c># bpl-ignore BPL403 -- reason</c> (or <c>// bpl-ignore</c> in scripts), optionally <c>until 2027-01-31</c> before
/// the <c>--</c>. A comment after code on its line suppresses the named rules' findings on that line only; a comment
/// alone on its line, those on the next line only (as ESLint's eslint-disable-line and -next-line). The comment ends
/// where another begins (" # " or " //" after it: a linter's own directive), so that one is not read as its reason. A
/// comment without a reason, naming something that is not a rule id, without a required expiry, or in a project that
/// forbids inline suppressions suppresses nothing and is BPL006, which quotes it as written; one past its date is BPL005.
/// </summary>
internal static partial class InlineSuppressions
{
    public static IReadOnlyList<Finding> Apply(IReadOnlyList<Finding> findings, string displayPath, IReadOnlyList<string> lines, InlineSuppressionRules rules, DateOnly today)
    {
        var comments = Judge(displayPath, lines, rules, today);
        if (comments.Problems.Count == 0 && comments.Live.Count == 0)
        {
            return findings;
        }

        return [.. findings.Select(comments.Suppress), .. comments.Problems];
    }

    /// <summary>A file's comments judged: those in force, and a finding for each that suppresses nothing (rejected, expired).</summary>
    public static FileSuppressions Judge(string displayPath, IReadOnlyList<string> lines, InlineSuppressionRules rules, DateOnly today)
    {
        var live = new List<InlineSuppression>();
        var problems = new List<Finding>();
        foreach (var comment in Parse(displayPath, lines))
        {
            if (Rejection(comment, rules) is { } reason)
            {
                problems.Add(DiagnosticIds.Create(DiagnosticIds.SuppressionRejected, $"{reason}, so it suppresses nothing", comment.Span));
            }
            else if (comment.Until is { } until && until < today)
            {
                problems.Add(DiagnosticIds.Create(
                    DiagnosticIds.WaiverExpired,
                    $"the bpl-ignore of {string.Join(", ", comment.RuleIds)} expired on {until.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}, so the findings it covered are reported again; fix them, or renew the comment with a new date and reason",
                    comment.Span));
            }
            else
            {
                live.Add(comment);
            }
        }

        return new FileSuppressions(displayPath, live, problems);
    }

    /// <summary>Every bpl-ignore comment of a file, in line order.</summary>
    public static IReadOnlyList<InlineSuppression> Parse(string displayPath, IReadOnlyList<string> lines)
    {
        var found = new List<InlineSuppression>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            // A directive is a comment of its own: "# bpl-ignore" inside another comment ("# a # bpl-ignore comment…") is prose.
            var first = FirstComment(line);
            var start = first < 0 ? Match.Empty : StartPattern().Match(line, first);
            if (!start.Success || start.Index != first)
            {
                continue;
            }

            var bodyStart = start.Index + start.Length;
            var bodyEnd = bodyStart + NextComment(line.AsSpan(bodyStart));
            var written = line[start.Index..bodyEnd].TrimEnd();
            var match = BodyPattern().Match(line[bodyStart..bodyEnd]);
            var ids = match.Groups["ids"].Value.Split([',', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            DateOnly? until = null;
            var untilValid = true;
            if (match.Groups["until"].Success)
            {
                untilValid = DateOnly.TryParseExact(match.Groups["until"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date);
                until = untilValid ? date : null;
            }

            var reason = match.Groups["reason"].Success ? match.Groups["reason"].Value.Trim() : "";
            var span = new SourceSpan(displayPath, i + 1, start.Index + 1, i + 1, line.Length + 1);
            // Code before the comment: it is about that code. Alone on its line: about the line below.
            var trailing = !string.IsNullOrWhiteSpace(line[..start.Index]);
            found.Add(new InlineSuppression(ids, until, untilValid, reason.Length == 0 ? null : reason, span)
            {
                Text = written,
                CoveredLine = trailing ? i + 1 : i + 2,
            });
        }

        return found;
    }

    /// <summary>Where the line's first comment starts: a '#' or "//" at the start or after whitespace; -1 when there is none.</summary>
    private static int FirstComment(string line)
    {
        for (var i = 0; i < line.Length; i++)
        {
            var atBoundary = i == 0 || char.IsWhiteSpace(line[i - 1]);
            if (atBoundary && (line[i] == '#' || (line[i] == '/' && i + 1 < line.Length && line[i + 1] == '/')))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Where another comment starts in the rest of the line (whitespace, then "#" and whitespace or the end, or "//"), else its length.</summary>
    private static int NextComment(ReadOnlySpan<char> rest)
    {
        for (var i = 1; i < rest.Length; i++)
        {
            if (!char.IsWhiteSpace(rest[i - 1]))
            {
                continue;
            }

            var hash = rest[i] == '#' && (i + 1 == rest.Length || char.IsWhiteSpace(rest[i + 1]));
            var slashes = rest[i] == '/' && i + 1 < rest.Length && rest[i + 1] == '/';
            if (hash || slashes)
            {
                return i;
            }
        }

        return rest.Length;
    }

    private static string? Rejection(InlineSuppression comment, InlineSuppressionRules rules)
    {
        if (!rules.Allowed)
        {
            return "inline suppressions are not allowed in this project (suppressions.inline: false in the config); accept the risk in a reviewed waiver file instead";
        }

        var quoted = $"`{comment.Text}`";
        if (comment.RuleIds.Count == 0)
        {
            return $"{quoted} names no rule; write `# bpl-ignore BPL403 -- reason`";
        }

        if (comment.RuleIds.FirstOrDefault(id => !RuleIdPattern().IsMatch(id)) is { } notAnId)
        {
            return $"{quoted} names '{notAnId}', which is not a rule id; write `# bpl-ignore BPL403 -- reason` (the reason after two dashes)";
        }

        if (!comment.UntilValid)
        {
            return $"the date after `until` in {quoted} is not a date (YYYY-MM-DD)";
        }

        if (comment.Reason is null)
        {
            return $"{quoted} gives no reason; add one after `--` (e.g. `# bpl-ignore {comment.RuleIds[0]} -- why this is acceptable`)";
        }

        return rules.RequireExpiry && comment.Until is null
            ? $"{quoted} has no expiry, which this project requires (suppressions.requireExpiry); add `until YYYY-MM-DD` before `--`"
            : null;
    }

    [GeneratedRegex(@"(?:#|//)\s*bpl-ignore\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex StartPattern();

    /// <summary>After "bpl-ignore": ids, then optionally `until DATE`, then optionally `-- reason` (ids stop at either).</summary>
    [GeneratedRegex(@"^(?<ids>.*?)(?:\s+until\s+(?<until>\S+))?\s*(?:--(?<reason>.*))?$", RegexOptions.CultureInvariant | RegexOptions.Singleline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BodyPattern();

    /// <summary>A rule id: letters then digits (BPL403, ACME201).</summary>
    [GeneratedRegex(@"^[A-Za-z]+[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex RuleIdPattern();
}

/// <summary>One parsed bpl-ignore comment.</summary>
internal sealed record InlineSuppression(IReadOnlyList<string> RuleIds, DateOnly? Until, bool UntilValid, string? Reason, SourceSpan Span)
{
    /// <summary>The comment as written, from its '#' or '//' to where it (or the line) ends.</summary>
    public string Text { get; init; } = "";

    /// <summary>The line whose findings it suppresses: its own (after code), or the next (alone on its line).</summary>
    public int CoveredLine { get; init; }
}
