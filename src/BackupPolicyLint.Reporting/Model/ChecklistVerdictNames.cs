namespace BackupPolicyLint.Reporting.Model;

internal static class ChecklistVerdictNames
{
    /// <summary>The report spelling: pass, fail, waived, not-evaluated, not-applicable, not-checked.</summary>
    public static string ToName(this ChecklistVerdict verdict) => verdict switch
    {
        ChecklistVerdict.Fail => "fail",
        ChecklistVerdict.Waived => "waived",
        ChecklistVerdict.Pass => "pass",
        ChecklistVerdict.NotEvaluated => "not-evaluated",
        ChecklistVerdict.NotApplicable => "not-applicable",
        _ => "not-checked",
    };

    /// <summary>For prose; an item no rule checks says so plainly.</summary>
    public static string ToTitle(this ChecklistVerdict verdict) =>
        verdict == ChecklistVerdict.NotChecked ? "not checked by bpl" : verdict.ToName().Replace('-', ' ');
}
