using BackupPolicyLint.Analysis;
using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Model;

namespace BackupPolicyLint.Rules.Recovery;

/// <summary>
/// Users, roles and privileges live in system; if system is not backed up, the only other source is the metadata
/// --include-metadata embeds in user-database backups. A backup job without includeMetadata has neo4j-admin's default,
/// all; dumps never include metadata.
/// </summary>
internal sealed class MetadataNotIncluded : PlanRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.MetadataNotIncluded,
        Name = "metadata-not-included",
        Title = "RBAC is in use, and neither system nor any backup's metadata protects users and roles.",
        Category = RuleCategory.Recovery,
        Inputs = RuleInputs.Plan | RuleInputs.Scripts,
        Severities = DefaultSeverities.Parse("W/W/-"),
    };

    private static readonly string[] WithMetadata = ["all", "users", "roles"];

    public override IEnumerable<Finding> Check(PlanContext context)
    {
        var plan = context.Plan;
        if (plan.Dbms?.Features is not { Rbac: true } features
            || plan.ProtectingJobs(DatabaseSpec.System).Any()
            || plan.Jobs.Any(j => j.IsBackup && (j.IncludeMetadata is null || WithMetadata.Contains(j.IncludeMetadata, StringComparer.OrdinalIgnoreCase))))
        {
            yield break;
        }

        yield return context.Report(
            features,
            "rbac",
            "RBAC is in use (dbms.features.rbac is true), but users and roles are backed up nowhere: no job covers 'system', and no backup job "
            + "includes metadata (includeMetadata is none, or there are only dumps), so a restored database has no one authorised to use it; "
            + "back up 'system', and set includeMetadata: all on the user-database backups",
            Subjects.Features);
    }
}
