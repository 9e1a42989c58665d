using BackupPolicyLint.Diagnostics;
using static BackupPolicyLint.Rules.Controls.ControlCatalog;

namespace BackupPolicyLint.Rules.BuiltIn.Method;

/// <summary>
/// Neo4j says to run neo4j-admin backup, restore, dump and load as the neo4j OS user: files written as another
/// user (root above all) can be unreadable by the server or the next run, breaking restores and backup chains.
/// </summary>
internal sealed class NotRunAsNeo4jUser : PlanRule
{
    private const string Neo4jUser = "neo4j";

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.NotRunAsNeo4jUser,
        Name = "not-run-as-neo4j-user",
        Title = "A job runs neo4j-admin as an OS user other than neo4j.",
        Category = RuleCategory.MethodAndEdition,
        Inputs = RuleInputs.Plan | RuleInputs.Scripts,
        Severities = DefaultSeverities.Parse("W/W/N"),
        Controls = [Ac6, IsoBackup, Soc2LogicalAccess],
    };

    public override IEnumerable<Finding> Check(PlanContext context)
    {
        foreach (var job in context.Plan.Jobs)
        {
            if (!job.RunsNeo4jAdmin || string.IsNullOrWhiteSpace(job.RunAs) || job.RunAs.Trim() == Neo4jUser)
            {
                continue;
            }

            yield return context.Report(
                job,
                "runAs",
                $"Job '{job.Name}' runs neo4j-admin `{job.Command}` as '{job.RunAs}', not as the neo4j OS user, so the files it writes may be unreadable "
                + (job.Origin is null
                    ? "by the server or the next run; set runAs: neo4j and run it as that user (e.g. sudo -u neo4j)"
                    : "by the server or the next run; run it as neo4j (sudo -u neo4j, su neo4j -c, or runAsUser: 7474 in the neo4j image)"),
                Subjects.Job(job));
        }
    }
}
