using BackupPolicyLint.Analysis;
using BackupPolicyLint.Diagnostics;
using static BackupPolicyLint.Rules.Controls.ControlCatalog;

namespace BackupPolicyLint.Rules.BuiltIn.Storage;

/// <summary>
/// A backup written to the server it protects is lost with that server's disk or host, and takes its disk space and
/// I/O. Neo4j recommends running online backups from a separate machine outside the cluster and keeping backups apart
/// from production. Every job's destination is judged (rules.md: "a job's destination"), copy and filesystem-copy
/// included; copies (copyTo) are BPL401/BPL402's.
/// </summary>
internal sealed class BackupsOnDatabaseServer : PlanRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.BackupsOnDatabaseServer,
        Name = "backups-on-database-server",
        Title = "A job writes its output to a storage on a DBMS server.",
        Category = RuleCategory.StorageAndRetention,
        Inputs = RuleInputs.Plan | RuleInputs.Scripts,
        Severities = DefaultSeverities.Parse("E/E/W"),
        Controls = [Cp6, Cp9, IsoBackup, Soc2Recovery],
    };

    public override IEnumerable<Finding> Check(PlanContext context)
    {
        var plan = context.Plan;
        foreach (var job in plan.Jobs)
        {
            if (job.Destination is not { } destination || plan.FindStorage(destination.Name) is not { } storage || !plan.IsOnDbmsServer(storage, job))
            {
                continue;
            }

            var server = (plan.FindServer(storage.Host) ?? plan.FindServer(job.RunsOn))?.Name;
            var where = server is not null ? $"on DBMS server '{server}'"
                : storage.OnDataVolume ? "inside the DBMS's data directory (on its data volume)"
                : "a local path of the host that runs Neo4j (the same file stops or starts Neo4j there)";
            var fix = job.IsBackup
                ? "run it on a backup client outside the DBMS (runsOn) and write to that client's disk or to an off-site storage"
                : "write to a volume that is not on the server, or stream the output to another host (a dump can use --to-stdout)";
            yield return context.Report(
                destination.Node,
                $"Job '{job.Name}' ({job.Command}) writes to '{storage.Name}', {where}, so its output is lost with the "
                + $"server it protects and competes with it for disk; {fix}",
                Subjects.Job(job));
        }
    }
}
