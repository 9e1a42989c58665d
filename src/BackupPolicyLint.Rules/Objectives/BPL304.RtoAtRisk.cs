using System.Globalization;
using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Model;
using static BackupPolicyLint.Rules.Controls.ControlCatalog;

namespace BackupPolicyLint.Rules.BuiltIn.Objectives;

/// <summary>
/// A restore copies the whole store (then replays any differentials) before the database can start; for a large
/// database that alone can exceed the tolerated downtime. Neo4j's guidance drives the RTO with the full cadence and
/// aggregated chains. Estimated per database from its sizeGiB and the pack's restore throughput.
/// </summary>
internal sealed class RtoAtRisk : PlanRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleIds.RtoAtRisk,
        Name = "rto-at-risk",
        Title = "Restoring a database at the assumed throughput takes longer than the plan's recovery time objective.",
        Category = RuleCategory.ObjectivesAndScheduling,
        Inputs = RuleInputs.Plan,
        Severities = DefaultSeverities.Parse("W/W/-"),
        OffReason = "restore-time estimates matter only where an RTO is binding",
        Controls = [Cp10, IsoContinuity, Soc2Recovery],
        Parameters = [new RuleParameter("restoreThroughputMiBps", "200", "Assumed restore (or seed) throughput in MiB/s; set it from a measured restore test.")],
    };

    public override IEnumerable<Finding> Check(PlanContext context)
    {
        if (context.Plan.Objectives?.Rto is not { } rto)
        {
            yield break;
        }

        var throughput = context.Number("restoreThroughputMiBps");
        if (throughput <= 0 || double.IsNaN(throughput))
        {
            throw new InvalidOperationException($"parameter 'restoreThroughputMiBps' of {Descriptor.Id} must be a positive number, not '{throughput}'");
        }

        foreach (var database in context.Plan.Databases)
        {
            if (database.IsComposite || database.SizeGiB is not { } size || size <= 0)
            {
                continue;
            }

            var seconds = size * 1024 / throughput;
            if (seconds <= rto.TotalSeconds)
            {
                continue;
            }

            yield return context.Report(
                database,
                "sizeGiB",
                $"Restoring '{database.Name}' ({Number(size)} GiB at {Number(throughput)} MiB/s) takes about {Approximately(seconds)}, longer than "
                + $"objectives.rto {context.Plan.Objectives.Node.Get("rto")?.Text ?? Durations.Format(rto)}; measure the real restore throughput and set restoreThroughputMiBps, shorten the restore "
                + "(faster storage and network, more frequent fulls or aggregated chains), or agree a longer rto",
                Subjects.Database(database.Name));
        }
    }

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>Hours and minutes, rounded to the minute: "2h 55m", "45m".</summary>
    private static string Approximately(double seconds)
    {
        var minutes = (long)Math.Round(seconds / 60, MidpointRounding.AwayFromZero);
        return minutes >= 60 ? $"{minutes / 60}h {minutes % 60}m" : $"{minutes}m";
    }
}
