using BackupPolicyLint.Diagnostics;

namespace BackupPolicyLint.Reporting.Model;

/// <summary>How the run was made: what an auditor needs to reproduce it.</summary>
internal sealed record RunInfo
{
    /// <summary>When the report was produced (the clock, or SOURCE_DATE_EPOCH for reproducible output).</summary>
    public DateTimeOffset GeneratedAt { get; init; }

    /// <summary>"Today" for time-based rules: --now, or the clock.</summary>
    public DateTimeOffset Now { get; init; }

    /// <summary>True when --now was given.</summary>
    public bool NowGiven { get; init; }

    /// <summary>The PATH arguments as given.</summary>
    public IReadOnlyList<string> Paths { get; init; } = [];

    /// <summary>The pack forced with --policy, or null when the config's routes or each plan's environment pick one.</summary>
    public string? ForcedPolicy { get; init; }

    /// <summary>--changed-since REV, when given.</summary>
    public string? ChangedSince { get; init; }

    /// <summary>--fail-on (or the config's failOn): unsuppressed findings at or above it fail the run; null is "none".</summary>
    public Severity? FailOn { get; init; } = Severity.Error;

    /// <summary>Everything else the run read: plan and infrastructure files, backups, inventories, config, rules, waivers, baseline.</summary>
    public RunInputs Inputs { get; init; } = new();
}
