namespace BackupPolicyLint.Reporting.Model;

/// <summary>A readiness item's verdict for one plan, from the outcomes of the rules behind it.</summary>
internal enum ChecklistVerdict
{
    /// <summary>A rule behind it found an unsuppressed problem.</summary>
    Fail,

    /// <summary>Its rules found problems, and every one is suppressed.</summary>
    Waived,

    /// <summary>At least one rule judged it and found nothing; none failed.</summary>
    Pass,

    /// <summary>No rule behind it could judge the plan (an input was missing), or the pack turns them all off.</summary>
    NotEvaluated,

    /// <summary>Every rule behind it said it does not apply to this plan.</summary>
    NotApplicable,

    /// <summary>No bpl rule checks this item yet.</summary>
    NotChecked,
}
