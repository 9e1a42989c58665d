using BackupPolicyLint.Rules;

namespace BackupPolicyLint.Diagnostics;

/// <summary>
/// BPL001-BPL007 as descriptors, like every rule: the catalogue, `bpl rules`, the reports and the generated docs read
/// their name, title and severity from here. Their severity is the same in every pack, and no pack can change it.
/// </summary>
internal static class DiagnosticDescriptors
{
    /// <summary>BPL001-BPL007, by id.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } =
    [
        new()
        {
            Id = DiagnosticIds.ParseError,
            Name = "parse-error",
            Title = "A file cannot be read as YAML or JSON.",
            Category = RuleCategory.Diagnostics,
            Inputs = RuleInputs.Plan | RuleInputs.Config | RuleInputs.Scripts | RuleInputs.Inventory | RuleInputs.Artifacts,
            InputsDetail = "plan, config, scripts, inventory, artifacts, waivers, policy packs",
            Severities = DefaultSeverities.Parse("E/E/E"),
            // A file that cannot be read is certain, scripts among the inputs or not.
            Precision = RulePrecision.VeryHigh,
        },
        new()
        {
            Id = DiagnosticIds.SchemaViolation,
            Name = "schema-violation",
            Title = "A plan does not match the backup-plan schema.",
            Category = RuleCategory.Diagnostics,
            Inputs = RuleInputs.Plan,
            Severities = DefaultSeverities.Parse("E/E/E"),
        },
        new()
        {
            Id = DiagnosticIds.UnresolvedReference,
            Name = "unresolved-reference",
            Title = "A job names a storage or server that its plan does not declare.",
            Category = RuleCategory.Diagnostics,
            Inputs = RuleInputs.Plan,
            Severities = DefaultSeverities.Parse("E/E/E"),
        },
        new()
        {
            Id = DiagnosticIds.RuleFailed,
            Name = "rule-failed",
            Title = "A rule failed while judging a plan.",
            Category = RuleCategory.Diagnostics,
            Inputs = RuleInputs.None,
            InputsDetail = "any (raised by a rule, built-in or custom)",
            Severities = DefaultSeverities.Parse("E/E/E"),
        },
        new()
        {
            Id = DiagnosticIds.WaiverExpired,
            Name = "waiver-expired",
            Title = "A waiver's expiry date has passed.",
            Category = RuleCategory.Diagnostics,
            Inputs = RuleInputs.None,
            InputsDetail = "waivers",
            Severities = DefaultSeverities.Parse("W/W/W"),
        },
        new()
        {
            Id = DiagnosticIds.SuppressionRejected,
            Name = "inline-suppression-rejected",
            Title = "An inline bpl-ignore comment has no reason, lacks a required expiry, or is not allowed by the project config.",
            Category = RuleCategory.Diagnostics,
            Inputs = RuleInputs.Plan | RuleInputs.Config,
            InputsDetail = "plan (bpl-ignore comments), config",
            Severities = DefaultSeverities.Parse("W/W/W"),
        },
        new()
        {
            // A tidy-up: a note.
            Id = DiagnosticIds.WaiverUnused,
            Name = "waiver-unused",
            Title = "A waiver in force suppressed no finding of a plan or file this run checked.",
            Category = RuleCategory.Diagnostics,
            Inputs = RuleInputs.None,
            InputsDetail = "waivers",
            Severities = DefaultSeverities.Parse("N/N/N"),
        },
    ];

    /// <summary>The diagnostic's descriptor; null for a rule id or an unknown id.</summary>
    public static RuleDescriptor? Find(string id) => All.FirstOrDefault(d => d.Id == id);
}
