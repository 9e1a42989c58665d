namespace BackupPolicyLint.Evaluation;

internal static class OutcomeKindNames
{
    /// <summary>The report spelling: pass, fail, waived, not-applicable, not-evaluated.</summary>
    public static string ToName(this OutcomeKind kind) => kind switch
    {
        OutcomeKind.Pass => "pass",
        OutcomeKind.Fail => "fail",
        OutcomeKind.Waived => "waived",
        OutcomeKind.NotApplicable => "not-applicable",
        _ => "not-evaluated",
    };

    public static IReadOnlyList<OutcomeKind> All { get; } =
        [OutcomeKind.Pass, OutcomeKind.Fail, OutcomeKind.Waived, OutcomeKind.NotApplicable, OutcomeKind.NotEvaluated];
}
