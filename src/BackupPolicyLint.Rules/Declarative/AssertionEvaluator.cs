using System.Globalization;
using System.Text.RegularExpressions;
using BackupPolicyLint.Documents;
using BackupPolicyLint.Model;

namespace BackupPolicyLint.Rules.Declarative;

/// <summary>Why a node failed an assertion: where (the node, or the nearest one above a missing node) and what was wrong.</summary>
internal sealed record AssertionFailure(DocNode Location, string Path, string? Value, string Reason, string? Message);

/// <summary>
/// Judges a plan document against an <see cref="Assertion"/>. <c>gte</c>/<c>lte</c> compare numbers, durations
/// (<c>30d</c>) or dates (<c>2026-01-31</c>, or <c>now-31d</c> relative to the run's time), whichever both sides are.
/// </summary>
internal sealed class AssertionEvaluator(DateTimeOffset now)
{
    public IReadOnlyList<AssertionFailure> Evaluate(Assertion assertion, DocNode context, string contextPath)
    {
        var failures = new List<AssertionFailure>();
        foreach (var hit in PlanPath.Resolve(context, assertion.Path, contextPath))
        {
            failures.AddRange(Judge(assertion, hit));
        }

        return failures;
    }

    private List<AssertionFailure> Judge(Assertion a, PathHit hit)
    {
        var failures = new List<AssertionFailure>();
        var node = hit.Node;
        var value = node?.Text;

        void Fail(string reason) => failures.Add(new AssertionFailure(hit.Nearest, hit.Path, value, reason, a.Message));

        if (a.Exists is { } exists && exists != (node is not null))
        {
            Fail(exists ? $"{hit.Path} is missing" : $"{hit.Path} is set");
        }

        var needsValue = a.EqualsValue is not null || a.In is not null || a.Gte is not null || a.Lte is not null || a.Matches is not null;
        if (needsValue && value is null)
        {
            Fail(node is null ? $"{hit.Path} is missing" : $"{hit.Path} is not a single value");
            return failures;
        }

        if (a.EqualsValue is { } expected && !Same(value!, expected))
        {
            Fail($"{hit.Path} is '{value}', not '{expected}'");
        }

        if (a.In is { } allowed && !allowed.Any(v => Same(value!, v)))
        {
            Fail($"{hit.Path} is '{value}', not one of {string.Join(", ", allowed)}");
        }

        if (a.Gte is { } low && Compare(value!, low) is var lowOrder && lowOrder is null or < 0)
        {
            Fail(lowOrder is null ? $"{hit.Path} '{value}' cannot be compared with '{low}'" : $"{hit.Path} is {value}, less than {low}");
        }

        if (a.Lte is { } high && Compare(value!, high) is var highOrder && highOrder is null or > 0)
        {
            Fail(highOrder is null ? $"{hit.Path} '{value}' cannot be compared with '{high}'" : $"{hit.Path} is {value}, more than {high}");
        }

        if (a.Matches is { } pattern && !Regex.IsMatch(value!, pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))
        {
            Fail($"{hit.Path} is '{value}', which does not match /{pattern}/");
        }

        if (node is null && (a.All is not null || a.Any is not null || a.Not is not null))
        {
            // Nested checks need a node to judge; a missing one fails them unless exists: false was the point.
            if (a.Exists is not false)
            {
                Fail($"{hit.Path} is missing");
            }

            return failures;
        }

        foreach (var child in a.All ?? [])
        {
            failures.AddRange(Evaluate(child, node!, hit.Path));
        }

        if (a.Any is { Count: > 0 } any && !any.Any(child => Evaluate(child, node!, hit.Path).Count == 0))
        {
            var first = Evaluate(any[0], node!, hit.Path)[0];
            failures.Add(first with { Reason = $"none of {any.Count} alternatives holds (first: {first.Reason})", Message = a.Message ?? first.Message });
        }

        if (a.Not is { } negated && Evaluate(negated, node!, hit.Path).Count == 0)
        {
            Fail($"{hit.Path} matches what the rule forbids");
        }

        return failures;
    }

    private static bool Same(string actual, string expected) =>
        string.Equals(actual, expected, StringComparison.Ordinal)
        || (double.TryParse(actual, NumberStyles.Float, CultureInfo.InvariantCulture, out var a)
            && double.TryParse(expected, NumberStyles.Float, CultureInfo.InvariantCulture, out var b) && a == b)
        || (bool.TryParse(actual, out var x) && bool.TryParse(expected, out var y) && x == y);

    /// <summary>Numbers, then durations, then dates: the first kind both sides parse as; null when none fits.</summary>
    private int? Compare(string actual, string bound)
    {
        if (double.TryParse(actual, NumberStyles.Float, CultureInfo.InvariantCulture, out var a)
            && double.TryParse(bound, NumberStyles.Float, CultureInfo.InvariantCulture, out var b))
        {
            return a.CompareTo(b);
        }

        if (Durations.TryParse(actual, out var da) && Durations.TryParse(bound, out var db))
        {
            return da.CompareTo(db);
        }

        return Date(actual) is { } left && Date(bound) is { } right ? left.CompareTo(right) : null;
    }

    private DateTimeOffset? Date(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.StartsWith("now", StringComparison.Ordinal))
        {
            var offset = trimmed[3..];
            if (offset.Length == 0)
            {
                return now;
            }

            var sign = offset[0] switch { '-' => -1, '+' => 1, _ => 0 };
            return sign != 0 && Durations.TryParse(offset[1..], out var delta) ? now + (sign * delta) : null;
        }

        return DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : null;
    }
}
