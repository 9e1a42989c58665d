using BackupPolicyLint.Analysis;
using BackupPolicyLint.Diagnostics;
using static BackupPolicyLint.Rules.Controls.ControlCatalog;

namespace BackupPolicyLint.Rules.BuiltIn.Artifacts;

/// <summary>
/// A differential is only transactions to replay on a full store: without the full before it, or with a gap in the
/// transaction ids between them, it restores nothing. Names do not tell full from differential, so this rule needs
/// <c>--backup-inspect</c> data and stays quiet without it (docs/artifacts.md).
/// </summary>
internal sealed class OrphanDifferential : PlanRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.OrphanDifferential,
        Name = "orphan-differential",
        Title = "A differential backup artifact has no full artifact before it, or a gap in transactions separates it from one.",
        Category = RuleCategory.BackupArtifacts,
        Inputs = RuleInputs.Artifacts,
        Severities = DefaultSeverities.Parse("E/E/W"),
        Controls = [Cp9, Cp9Testing, IsoBackup, Soc2Recovery],
        Requires = RuleRequirements.BackupLocation,
    };

    public override IEnumerable<Finding> Check(PlanContext context)
    {
        // Chains are read from inspect data; a location without it has none to judge (not a requirement: the outcome is pass).
        var location = context.RequiredArtifacts;
        if (!location.HasInspectData)
        {
            yield break;
        }

        foreach (var database in context.Plan.DatabaseNames())
        {
            foreach (var broken in BackupChains.Broken(location.ArtifactsOf(database)))
            {
                var first = broken.Orphans[0];
                var rest = broken.Orphans.Count - 1;
                var after = rest == 0
                    ? ""
                    : $" The {rest} differential{(rest == 1 ? "" : "s")} after it, up to '{broken.Orphans[^1].Path}', depend{(rest == 1 ? "s" : "")} on it and cannot be restored either.";
                yield return ArtifactFindings.OnDatabase(
                    context,
                    database,
                    $"The differential backup '{first.Path}' of '{database}' cannot be restored: {broken.Reason}.{after} "
                    + "Take a full backup into this location (--type=FULL, or AUTO), and find out what deleted or skipped the missing artifacts");
            }
        }
    }
}
