using System.Globalization;
using BackupPolicyLint.Analysis;
using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Model;

namespace BackupPolicyLint.Rules.BuiltIn.Artifacts;

/// <summary>
/// How artifact rules locate and word their findings. A finding about a database's artifacts points at the plan
/// element it concerns (product.md): the database's entry under <c>spec.databases</c>; for a database the plan does
/// not declare, the job entry that covers it (its name, or "*"); failing both, <c>spec.databases</c>. Its source is
/// <c>artifacts</c>, and its message names the artifact by its path inside the backup location.
/// </summary>
internal static class ArtifactFindings
{
    public static Finding OnDatabase(PlanContext context, string database, string message)
    {
        var plan = context.Plan;
        var subject = Subjects.Database(database);
        Finding finding;
        if (plan.FindDatabase(database) is { } declared)
        {
            finding = context.Report(declared, "name", message, subject);
        }
        else if (plan.ProtectingJobs(database).Concat(plan.Jobs).Select(j => j.CoveringRef(database)).FirstOrDefault(r => r is not null) is { } covering)
        {
            finding = context.Report(covering.Node, message, subject);
        }
        else
        {
            finding = context.Report(plan.SpecNode.Entry("databases")?.Key ?? plan.SpecNode, message, subject);
        }

        return finding with { Source = SourceKind.Artifacts };
    }

    /// <summary>An instant as the report shows it: ISO 8601 in UTC.</summary>
    public static string When(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>A span in the two largest units people read at a glance: 2d 4h, 24h 30m, 45m.</summary>
    public static string Span(TimeSpan span)
    {
        var minutes = (long)Math.Round(Math.Abs(span.TotalMinutes));
        var (days, hours, rest) = (minutes / 1440, minutes % 1440 / 60, minutes % 60);
        if (days >= 2)
        {
            return hours == 0 ? $"{days}d" : $"{days}d {hours}h";
        }

        hours += days * 24;
        if (hours > 0)
        {
            return rest == 0 ? $"{hours}h" : $"{hours}h {rest}m";
        }

        return $"{rest}m";
    }

    /// <summary>Up to <paramref name="max"/> artifact paths, quoted, then how many more.</summary>
    public static string List(IReadOnlyList<BackupArtifact> artifacts, int max = 3)
    {
        var shown = string.Join(", ", artifacts.Take(max).Select(a => $"'{a.Path}'"));
        return artifacts.Count > max ? $"{shown} and {artifacts.Count - max} more" : shown;
    }

    /// <summary>Permission bits as <c>ls -l</c> users know them in octal, e.g. 0644.</summary>
    public static string Octal(UnixFileMode mode) =>
        Convert.ToString((int)mode & 0xFFF, 8).PadLeft(4, '0');

    /// <summary>Where an artifact's time came from, for messages.</summary>
    public static string Origin(BackupArtifact artifact) => artifact.TimeOrigin switch
    {
        TimestampOrigin.Inspect => "per backup inspect",
        TimestampOrigin.Name => "per its name, read as UTC",
        _ => "per its file time, the name has none",
    };
}
