using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Model;
using BackupPolicyLint.Rules;

namespace BackupPolicyLint.Evaluation;

/// <summary>One rule run on one plan: the pack and severity it ran with, and whether it could judge the plan.</summary>
internal sealed record RuleEvaluation(PlanIdentity Plan, RuleDescriptor Rule, string Pack, Severity Severity, Applicability Applicability);
