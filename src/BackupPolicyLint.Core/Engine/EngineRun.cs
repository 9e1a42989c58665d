using BackupPolicyLint.Diagnostics;

namespace BackupPolicyLint.Evaluation;

/// <summary>What the engine produced: the findings (unsorted) and every rule evaluation, in plan then rule order.</summary>
internal sealed record EngineRun(IReadOnlyList<Finding> Findings, IReadOnlyList<RuleEvaluation> Evaluations);
