using BackupPolicyLint.Diagnostics;
using static BackupPolicyLint.Rules.Controls.ControlCatalog;

namespace BackupPolicyLint.Rules.BuiltIn.Storage;

/// <summary>
/// How many backups to keep, and for how long, is one of the questions Neo4j's planning guidance asks every backup
/// strategy to answer (it gives no number). Without an answer storage fills until backups fail, or someone deletes by
/// hand. One of keepLast and maxAge is enough; BPL405 judges the values.
/// </summary>
internal sealed class RetentionUndefined : PlanRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.RetentionUndefined,
        Name = "retention-undefined",
        Title = "The plan sets neither retention.keepLast nor retention.maxAge.",
        Category = RuleCategory.StorageAndRetention,
        Inputs = RuleInputs.Plan,
        Severities = DefaultSeverities.Parse("E/W/N"),
        Controls = [Cp9, IsoBackup, Soc2Recovery],
    };

    public override IEnumerable<Finding> Check(PlanContext context)
    {
        var plan = context.Plan;
        var retention = plan.Retention;

        // A key that is present but unreadable is BPL002's; only absent (or null) keys count as missing.
        if (retention is not null && new[] { "keepLast", "maxAge" }.Any(key => retention.Node.Get(key) is { IsNull: false }))
        {
            yield break;
        }

        var what = retention is null ? "The plan has no retention" : "retention sets neither keepLast nor maxAge";
        yield return context.Report(
            plan.SpecNode.Entry("retention")?.Key ?? plan.SpecNode,
            $"{what}, so nothing says how many backups to keep or for how long; decide with the data owners and add retention.keepLast "
            + "(backups kept per database) and/or retention.maxAge, and make the cleanup job or bucket lifecycle rule enforce them",
            "retention");
    }
}
