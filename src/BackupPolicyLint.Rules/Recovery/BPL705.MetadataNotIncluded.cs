using BackupPolicyLint.Analysis;
using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Model;
using BackupPolicyLint.Model.Infra;
using static BackupPolicyLint.Rules.Controls.ControlCatalog;

namespace BackupPolicyLint.Rules.BuiltIn.Recovery;

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
        OffReason = "RBAC metadata is usually reproducible here",
        Controls = [Cp9, Cp10, IsoBackup, Soc2Recovery],
    };

    private static readonly string[] WithMetadata = ["all", "users", "roles"];

    public override IEnumerable<Finding> Check(PlanContext context)
    {
        var plan = context.Plan;
        if (plan.ProtectingJobs(DatabaseSpec.System).Any()
            || plan.Jobs.Any(j => j.IsBackup && (j.IncludeMetadata is null || WithMetadata.Contains(j.IncludeMetadata, StringComparer.OrdinalIgnoreCase))))
        {
            yield break;
        }

        if (plan.Dbms?.Features?.Rbac is null && AuthenticationInUse(plan) is { } auth
            && plan.Jobs.FirstOrDefault(j => j.ProtectsData && j.Origin is not null) is { Origin: { } origin } job)
        {
            yield return context.Report(
                job,
                "includeMetadata",
                $"Authentication is on ({auth}), so users and roles live in 'system', but they are backed up nowhere: no command backs up 'system', "
                + $"and no neo4j-admin backup includes metadata (`{origin.Tool}` in {Path.GetFileName(job.Node.Span.File)} "
                + (job.IsBackup ? "passes --include-metadata=none" : "is a dump, which never includes metadata")
                + "), so a restored database has no one authorised to use it; back up 'system' too, or drop --include-metadata=none (its default is all)",
                Subjects.Job(job));
            yield break;
        }

        if (plan.Dbms?.Features is not { Rbac: true } features)
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

    /// <summary>
    /// Whether the analysed configuration has authentication on: <c>dbms.security.auth_enabled</c> defaults to true, so
    /// any analysed conf that does not set it to false counts; no analysed conf means unknown (null).
    /// </summary>
    private static string? AuthenticationInUse(BackupPlan plan)
    {
        var configs = plan.Infrastructure.Configs;
        if (configs.Count == 0 || configs.Any(c => !c.AuthenticationEnabled))
        {
            return null;
        }

        return configs.Select(c => c.Get(Neo4jConfig.AuthEnabled)).FirstOrDefault(s => s is not null) is { } set
            ? $"{set.Name}={set.Value.Trim()} in {Path.GetFileName(set.Span.File)}"
            : $"{Path.GetFileName(configs[0].File)} leaves {Neo4jConfig.AuthEnabled} at its default, true";
    }
}
