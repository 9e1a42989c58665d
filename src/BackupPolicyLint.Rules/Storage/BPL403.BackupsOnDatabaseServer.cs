using BackupPolicyLint.Analysis;
using BackupPolicyLint.Diagnostics;

namespace BackupPolicyLint.Rules.Storage;

/// <summary>
/// A backup written to the server it protects is lost with that server's disk or host, and takes its disk space and
/// I/O. Neo4j recommends running online backups from a separate machine outside the cluster and keeping backups apart
/// from production. Only a backup or dump job's destination is judged; copies (copyTo) are BPL401/BPL402's.
/// </summary>
internal sealed class BackupsOnDatabaseServer : PlanRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.BackupsOnDatabaseServer,
        Name = "backups-on-database-server",
        Title = "A backup or dump job writes to a storage on a DBMS server.",
        Category = RuleCategory.StorageAndRetention,
        Inputs = RuleInputs.Plan | RuleInputs.Scripts,
        Severities = DefaultSeverities.Parse("E/E/W"),
    };

    public override IEnumerable<Finding> Check(PlanContext context)
    {
        var plan = context.Plan;
        foreach (var job in plan.Jobs.Where(j => j.ProtectsData))
        {
            if (job.Destination is not { } destination || plan.FindStorage(destination.Name) is not { } storage || !plan.IsOnDbmsServer(storage, job))
            {
                continue;
            }

            var server = (plan.FindServer(storage.Host) ?? plan.FindServer(job.RunsOn))?.Name;
            var fix = job.IsDump
                ? "stream the dump to another host (--to-stdout), or write it to a volume that is not on the server"
                : "run it on a backup client outside the DBMS (runsOn) and write to that client's disk or to an off-site storage";
            yield return context.Report(
                destination.Node,
                $"Job '{job.Name}' writes its {job.Command} artifacts to '{storage.Name}', on DBMS server '{server}', so they are lost with "
                + $"the server they protect and compete with it for disk; {fix}",
                Subjects.Job(job));
        }
    }
}
