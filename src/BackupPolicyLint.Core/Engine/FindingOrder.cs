using BackupPolicyLint.Diagnostics;

namespace BackupPolicyLint.Evaluation;

/// <summary>The contract's order: file, line, column, rule id (then message, so equal positions are stable).</summary>
internal sealed class FindingOrder : IComparer<Finding>
{
    public static readonly FindingOrder Instance = new();

    public int Compare(Finding? x, Finding? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;
        var c = string.CompareOrdinal(x.Span.File, y.Span.File);
        if (c != 0) return c;
        c = x.Span.Line.CompareTo(y.Span.Line);
        if (c != 0) return c;
        c = x.Span.Column.CompareTo(y.Span.Column);
        if (c != 0) return c;
        c = string.CompareOrdinal(x.RuleId, y.RuleId);
        return c != 0 ? c : string.CompareOrdinal(x.Message, y.Message);
    }
}
