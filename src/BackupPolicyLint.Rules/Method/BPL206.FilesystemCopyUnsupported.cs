using BackupPolicyLint.Diagnostics;
using static BackupPolicyLint.Rules.Controls.ControlCatalog;

namespace BackupPolicyLint.Rules.BuiltIn.Method;

/// <summary>
/// Neo4j documents copying store files by hand (cp, rsync, tar, volume snapshots) as unsupported: a copy of a
/// running store mixes files from different moments and risks a corrupt store. Use neo4j-admin backup or dump.
/// </summary>
internal sealed class FilesystemCopyUnsupported : PlanRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.FilesystemCopyUnsupported,
        Name = "filesystem-copy-unsupported",
        Title = "Store files are copied outside neo4j-admin, which is not a supported backup method.",
        Category = RuleCategory.MethodAndEdition,
        Inputs = RuleInputs.Plan | RuleInputs.Scripts,
        Severities = DefaultSeverities.Parse("E/E/E"),
        Controls = [Cp9, Cp9Testing, IsoBackup, Soc2Recovery],
    };

    public override Applicability Applies(PlanContext context) => context.Plan.Jobs.Any(j => j.IsFilesystemCopy)
        ? Applicability.Applicable
        : Applicability.NotApplicable("the plan has no filesystem-copy job");

    public override IEnumerable<Finding> Check(PlanContext context)
    {
        foreach (var job in context.Plan.Jobs.Where(j => j.IsFilesystemCopy))
        {
            if (job.Origin is { } origin)
            {
                yield return context.Report(
                    job,
                    "command",
                    $"`{origin.Tool}` copies Neo4j store files (data/databases, data/transactions) by hand, which Neo4j does not support: the copy of a running "
                    + "store is torn, and even a stopped one misses what a restore needs; replace it with `neo4j-admin database backup` (Enterprise) or `neo4j-admin database dump`",
                    Subjects.Job(job));
                continue;
            }

            yield return context.Report(
                job,
                "command",
                $"Job '{job.Name}' copies store files outside neo4j-admin (`filesystem-copy`), which Neo4j does not support and which risks corrupt stores; "
                + "replace it with a `backup` job (Enterprise) or a `dump` job",
                Subjects.Job(job));
        }
    }
}
