using BackupPolicyLint.Analysis;
using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Model;
using static BackupPolicyLint.Rules.Controls.ControlCatalog;

namespace BackupPolicyLint.Rules.BuiltIn.Storage;

/// <summary>
/// Neo4j's planning guidance asks teams to consider the longevity of the storage they archive to. Over years, ordinary
/// disks and buckets face ageing, lifecycle mistakes, accidental deletion and ransomware; immutable or archival storage
/// is built for that lifetime. maxAge is judged on every storage a job writes to (destination and copyTo, any command,
/// as rules.md says); archive.keepFor on the archive storage.
/// </summary>
internal sealed class ArchiveLongevity : PlanRule
{
    private static readonly TimeSpan OneYear = TimeSpan.FromDays(365);

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.ArchiveLongevity,
        Name = "archive-longevity",
        Title = "Backups are kept for more than a year on storage that is neither immutable nor archival.",
        Category = RuleCategory.StorageAndRetention,
        Inputs = RuleInputs.Plan,
        Severities = DefaultSeverities.Parse("W/N/-"),
        OffReason = "long-term archives are not expected here",
        Controls = [Cp9, Sc28, IsoBackup, Soc2Recovery],
    };

    public override IEnumerable<Finding> Check(PlanContext context)
    {
        var plan = context.Plan;
        if (plan.Retention is not { } retention)
        {
            yield break;
        }

        const string Fix = "set immutable: true (object lock, WORM) or an archival storageClass once it really is, or send long-kept copies to an archive storage that is";
        if (retention.MaxAge is { } maxAge && maxAge > OneYear)
        {
            var written = plan.Jobs.SelectMany(plan.StoragesReached).Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
            foreach (var storage in plan.Storage.Where(s => written.Contains(s.Name) && !s.IsArchival()))
            {
                yield return context.Report(
                    storage,
                    storage.StorageClass is null ? "type" : "storageClass",
                    $"retention.maxAge keeps backups for {retention.Node.Get("maxAge")?.Text ?? Durations.Format(maxAge)} (more than a year) on '{storage.Name}', which is neither immutable "
                    + $"nor an archival class; {Fix}",
                    Subjects.Storage(storage));
            }
        }

        if (retention.Archive is { KeepFor: { } keepFor, Storage: { } target } && keepFor > OneYear
            && plan.FindStorage(target.Name) is { } archive && !archive.IsArchival())
        {
            yield return context.Report(
                target.Node,
                $"retention.archive keeps backups for {retention.Archive.Node.Get("keepFor")?.Text ?? Durations.Format(keepFor)} on '{archive.Name}', which is neither immutable nor an archival "
                + $"class ({string.Join(", ", StorageAnalysis.ArchivalClasses)}); {Fix}",
                "retention/archive");
        }
    }
}
