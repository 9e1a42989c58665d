using System.CommandLine;
using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Reporting;

namespace BackupPolicyLint.Cli.Output;

/// <summary>`--max-warnings N`, as in ESLint: exit 1 when the run has more than N warnings, whatever --fail-on says.</summary>
internal static class MaxWarnings
{
    public static Option<int?> Create() => new("--max-warnings")
    {
        HelpName = "N",
        Description = "Exit 1 when there are more than N warnings (not counting suppressed ones), even below --fail-on.",
        CustomParser = result => Counts.Parse(result, "--max-warnings", minimum: 0),
    };

    /// <summary>The sentence for stderr when the warnings exceed <paramref name="max"/>; null when they do not (or no maximum is set).</summary>
    public static string? Exceeded(CheckReport report, int? max)
    {
        var warnings = report.Count(Severity.Warning);
        return max is { } limit && warnings > limit
            ? $"{warnings} {(warnings == 1 ? "warning" : "warnings")}, more than --max-warnings {limit}"
            : null;
    }
}
