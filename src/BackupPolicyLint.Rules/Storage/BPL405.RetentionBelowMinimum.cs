using System.Globalization;
using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Model;
using static BackupPolicyLint.Rules.Controls.ControlCatalog;

namespace BackupPolicyLint.Rules.BuiltIn.Storage;

/// <summary>
/// Corruption or a bad change is often found days or weeks later, when every kept backup may already contain it.
/// Neo4j asks each team to decide its retention and gives no number, so the pack's minimums are the organisation's
/// policy. Strict: a value equal to the minimum passes; an unset value is BPL404's business.
/// </summary>
internal sealed class RetentionBelowMinimum : PlanRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.RetentionBelowMinimum,
        Name = "retention-below-minimum",
        Title = "Retention keeps fewer backups, or keeps them for less time, than the policy pack's minimum.",
        Category = RuleCategory.StorageAndRetention,
        Inputs = RuleInputs.Plan,
        Severities = DefaultSeverities.Parse("W/W/-"),
        OffReason = "short retention is fine for development/test",
        Controls = [Cp9, IsoBackup, Soc2Recovery],
        Parameters =
        [
            new RuleParameter("minKeepLast", "7", "The fewest backups per database that retention.keepLast may keep."),
            new RuleParameter("minMaxAge", "30d", "The shortest retention.maxAge allowed."),
        ],
    };

    public override IEnumerable<Finding> Check(PlanContext context)
    {
        if (context.Plan.Retention is not { } retention)
        {
            yield break;
        }

        var minKeepLast = context.Number("minKeepLast");
        if (retention.KeepLast is { } keepLast && keepLast < minKeepLast)
        {
            yield return context.Report(
                retention,
                "keepLast",
                $"retention.keepLast is {keepLast}, fewer than the pack's minimum of {minKeepLast.ToString(CultureInfo.InvariantCulture)} backups per database, "
                + "so damage found late may be in every backup kept; raise keepLast and make the cleanup job or lifecycle rule follow",
                "retention/keepLast");
        }

        var minMaxAge = context.Duration("minMaxAge");
        if (retention.MaxAge is { } maxAge && maxAge < minMaxAge)
        {
            yield return context.Report(
                retention,
                "maxAge",
                $"retention.maxAge is {retention.Node.Get("maxAge")?.Text ?? Durations.Format(maxAge)}, shorter than the pack's minimum of {Durations.Format(minMaxAge)}, "
                + "so damage found late may be in every backup kept; raise maxAge and make the cleanup job or lifecycle rule follow",
                "retention/maxAge");
        }
    }
}
