using System.Globalization;
using BackupPolicyLint.Analysis;
using BackupPolicyLint.Diagnostics;
using static BackupPolicyLint.Rules.Controls.ControlCatalog;

namespace BackupPolicyLint.Rules.BuiltIn.Artifacts;

/// <summary>
/// The auditor's first question: is last night's backup there? A database's newest artifact must be younger than its
/// backup interval (the longest gap between runs of the jobs that protect it) times graceFactor, measured from --now.
/// An older one means the jobs stopped running, fail, or write elsewhere: the RPO the plan promises is not being met.
/// </summary>
internal sealed class BackupStale : PlanRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.BackupStale,
        Name = "backup-stale",
        Title = "A database's newest artifact is older than its backup interval times the grace factor.",
        Category = RuleCategory.BackupArtifacts,
        Inputs = RuleInputs.Plan | RuleInputs.Artifacts,
        Severities = DefaultSeverities.Parse("E/E/W"),
        Controls = [Cp9, IsoBackup, Soc2Recovery],
        Parameters = [new RuleParameter("graceFactor", "1.5", "How many backup intervals the newest artifact may be old before it is stale (1.5: one missed run is tolerated for half an interval).")],
        Requires = RuleRequirements.BackupLocation,
    };

    public override IEnumerable<Finding> Check(PlanContext context)
    {
        var location = context.RequiredArtifacts;
        var plan = context.Plan;
        var grace = context.Number("graceFactor");
        foreach (var database in plan.DatabaseNames())
        {
            var artifacts = location.ArtifactsOf(database);
            if (artifacts.Count == 0 || !plan.ProtectingJobs(database).Any() || plan.BackupInterval(database) is not { } interval)
            {
                continue;
            }

            var allowed = interval * grace;
            var newest = artifacts[^1];
            var age = context.Now - newest.Time;
            if (age <= allowed)
            {
                continue;
            }

            yield return ArtifactFindings.OnDatabase(
                context,
                database,
                $"The newest artifact of '{database}' in {location.Description} is '{newest.Path}', taken {ArtifactFindings.When(newest.Time)} ({ArtifactFindings.Origin(newest)}): "
                + $"{ArtifactFindings.Span(age)} before {ArtifactFindings.When(context.Now)}. The plan backs '{database}' up at least every {ArtifactFindings.Span(interval)}, "
                + $"so with graceFactor {grace.ToString(CultureInfo.InvariantCulture)} its newest artifact should be at most {ArtifactFindings.Span(allowed)} old; "
                + "the backups since have failed, not run, or were written elsewhere (check the job's logs and destination)");
        }
    }
}
