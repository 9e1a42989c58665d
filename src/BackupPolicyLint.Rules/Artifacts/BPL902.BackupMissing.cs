using BackupPolicyLint.Analysis;
using BackupPolicyLint.Diagnostics;
using static BackupPolicyLint.Rules.Controls.ControlCatalog;

namespace BackupPolicyLint.Rules.BuiltIn.Artifacts;

/// <summary>
/// A database the plan says is backed up, with no artifact at all in the backup location: the plan is a promise
/// nothing keeps. Only databases a backup or dump job covers are judged (an uncovered one is BPL101/BPL102's).
/// </summary>
internal sealed class BackupMissing : PlanRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.BackupMissing,
        Name = "backup-missing",
        Title = "A database that a backup or dump job covers has no artifact in the backup location.",
        Category = RuleCategory.BackupArtifacts,
        Inputs = RuleInputs.Plan | RuleInputs.Artifacts,
        Severities = DefaultSeverities.Parse("E/E/W"),
        Controls = [Cp9, IsoBackup, Soc2Recovery],
        Requires = RuleRequirements.BackupLocation,
    };

    public override IEnumerable<Finding> Check(PlanContext context)
    {
        var location = context.RequiredArtifacts;
        var plan = context.Plan;
        foreach (var database in plan.DatabaseNames())
        {
            var jobs = plan.ProtectingJobs(database).ToList();
            if (jobs.Count == 0 || location.ArtifactsOf(database).Count > 0)
            {
                continue;
            }

            var expected = new List<string>();
            if (jobs.Exists(j => j.IsBackup))
            {
                expected.Add($"'{database}-YYYY-MM-DDTHH-MM-SS.backup'");
            }

            if (jobs.Exists(j => j.IsDump))
            {
                expected.Add($"'{database}.dump' or '{database}-YYYY-MM-DDTHH-MM-SS.dump'");
            }

            yield return ArtifactFindings.OnDatabase(
                context,
                database,
                $"No artifact of '{database}' is in {location.Description}, although job '{jobs[0].Name}' backs it up (looked for {string.Join(" and ", expected)} in every sub-folder); "
                + "the job has never succeeded, or writes somewhere else than the location checked");
        }
    }
}
