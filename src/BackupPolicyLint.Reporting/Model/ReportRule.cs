using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Rules.Controls;

namespace BackupPolicyLint.Reporting.Model;

/// <summary>A rule or diagnostic as reports describe it, with text taken from its documentation page.</summary>
internal sealed record ReportRule
{
    public required string Id { get; init; }
    public required string Name { get; init; }

    /// <summary>One sentence.</summary>
    public required string Title { get; init; }

    /// <summary>The first paragraph of the page's "What it checks".</summary>
    public required string Description { get; init; }

    /// <summary>The page's "How to fix", as Markdown.</summary>
    public required string Help { get; init; }

    public required string HelpUri { get; init; }
    public required string Category { get; init; }

    /// <summary>The level it ran at (the most severe when packs differ).</summary>
    public required Severity DefaultLevel { get; init; }

    public IReadOnlyList<Control> Controls { get; init; } = [];

    /// <summary>The rule's security severity (0.1-10), or null when its findings are not security weaknesses.</summary>
    public double? SecuritySeverity { get; init; }

    /// <summary>SARIF precision: very-high, high, medium or low.</summary>
    public string Precision { get; init; } = BackupPolicyLint.Rules.RulePrecision.VeryHigh;
}
