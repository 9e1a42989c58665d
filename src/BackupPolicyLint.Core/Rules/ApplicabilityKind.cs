namespace BackupPolicyLint.Rules;

/// <summary>Whether a rule could judge a plan: see <see cref="Applicability"/>.</summary>
internal enum ApplicabilityKind
{
    Applicable,

    /// <summary>The rule does not concern this plan (a cluster rule on a standalone DBMS).</summary>
    NotApplicable,

    /// <summary>The rule concerns the plan, but the plan lacks the data it needs (no zones given).</summary>
    NotEvaluated,
}
