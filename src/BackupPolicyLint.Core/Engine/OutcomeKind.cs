namespace BackupPolicyLint.Evaluation;

/// <summary>What an audit records for one rule on one plan.</summary>
internal enum OutcomeKind
{
    Pass,
    Fail,

    /// <summary>The rule found problems, and every one of them is suppressed (waiver, inline suppression, baseline).</summary>
    Waived,
    NotApplicable,
    NotEvaluated,
}
