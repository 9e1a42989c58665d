using BackupPolicyLint.Analysis;
using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Model;
using static BackupPolicyLint.Rules.Controls.ControlCatalog;

namespace BackupPolicyLint.Rules.BuiltIn.Artifacts;

/// <summary>
/// Retention that exists only on paper: more artifacts of a database than <c>keepLast</c> (plan-format.md:
/// "artifacts kept per database"), or artifacts older than <c>maxAge</c>. Nothing prunes the location, so it fills
/// up, and data that should be gone (erasure requests, contracts) is still there. With inspect data, old artifacts
/// that a newer differential still needs (its full and the differentials between) are not counted as expired.
/// </summary>
internal sealed class RetentionNotEnforced : PlanRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.RetentionNotEnforced,
        Name = "retention-not-enforced",
        Title = "The backup location holds more artifacts of a database, or older ones, than the plan's retention allows.",
        Category = RuleCategory.BackupArtifacts,
        Inputs = RuleInputs.Plan | RuleInputs.Artifacts,
        Severities = DefaultSeverities.Parse("W/W/-"),
        OffReason = "retention is not enforced here",
        Controls = [Cp9, IsoBackup, Soc2Recovery],
        Requires = RuleRequirements.BackupLocation,
    };

    public override IEnumerable<Finding> Check(PlanContext context)
    {
        if (context.Plan.Retention is not { } retention)
        {
            yield break;
        }

        var location = context.RequiredArtifacts;

        foreach (var database in context.Plan.DatabaseNames())
        {
            var artifacts = location.ArtifactsOf(database);
            if (retention.KeepLast is { } keep && artifacts.Count > keep)
            {
                var excess = artifacts.Take(artifacts.Count - keep).ToList();
                yield return ArtifactFindings.OnDatabase(
                    context,
                    database,
                    $"{Capitalised(location.Description)} holds {artifacts.Count} artifacts of '{database}', but retention keeps {keep} (keepLast): "
                    + $"the {excess.Count} oldest should have been deleted ({ArtifactFindings.List(excess)}); nothing prunes this location, or pruning fails");
            }

            if (retention.MaxAge is { } maxAge)
            {
                var cutoff = context.Now - maxAge;
                var needed = BackupChains.NeededBeforeCutoff(artifacts, cutoff);
                var expired = artifacts.Where(a => a.Time < cutoff && !needed.Contains(a)).ToList();
                if (expired.Count > 0)
                {
                    yield return ArtifactFindings.OnDatabase(
                        context,
                        database,
                        $"{expired.Count} artifact{(expired.Count == 1 ? "" : "s")} of '{database}' {(expired.Count == 1 ? "is" : "are")} older than retention's maxAge {Durations.Format(maxAge)} "
                        + $"(taken before {ArtifactFindings.When(cutoff)}): {ArtifactFindings.List(expired)}; nothing prunes {location.Description}, or pruning fails");
                }
            }
        }
    }

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
