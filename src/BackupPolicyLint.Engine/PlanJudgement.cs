using BackupPolicyLint.Analysis;
using BackupPolicyLint.Evaluation;
using BackupPolicyLint.Model;
using BackupPolicyLint.Reporting.Model;

namespace BackupPolicyLint.Engine;

/// <summary>One judged plan: where it stood among the run's plans, what the engine found, and its summary.</summary>
internal sealed record PlanJudgement(int Index, EngineRun Run, PlanSummary Summary)
{
    public static PlanSummary Summarize(BackupPlan plan, PolicySelection policy) => new()
    {
        Id = plan.Id,
        Name = plan.Name,
        File = plan.File,
        Line = plan.Span.Line,
        Environment = plan.Environment,
        Pack = policy.For(plan).Name,
        Edition = plan.Dbms?.Edition,
        Topology = plan.Dbms?.Topology,
        Databases = plan.DatabaseNames().Select(db => new DatabaseEvidence(db, plan.ProtectingJobs(db).Select(j => j.Name).ToList())).ToList(),
    };
}
