using BackupPolicyLint.Analysis;
using BackupPolicyLint.Evaluation;
using BackupPolicyLint.Model;
using BackupPolicyLint.Reporting.Model;

namespace BackupPolicyLint.Engine;

/// <summary>The evidence an auditor reads about a plan, taken while its tree is there.</summary>
internal static class PlanSummaries
{
    public static PlanSummary Of(BackupPlan plan, PolicySelection policy) => new()
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
