using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Model;
using BackupPolicyLint.Rules;

namespace BackupPolicyLint.Cli.RuleListing;

/// <summary>How the generated docs' tables write a descriptor's inputs and severities.</summary>
internal static class RuleDocCells
{
    private static readonly (RuleInputs Flag, string Name)[] InputNames =
    [
        (RuleInputs.Plan, "plan"), (RuleInputs.Config, "config"), (RuleInputs.Scripts, "scripts"), (RuleInputs.Inventory, "inventory"), (RuleInputs.Artifacts, "artifacts"),
    ];

    /// <summary>"plan, scripts, inventory", or the descriptor's own words where the flags cannot say it.</summary>
    public static string Inputs(RuleDescriptor descriptor) =>
        descriptor.InputsDetail ?? string.Join(", ", InputNames.Where(i => descriptor.Inputs.HasFlag(i.Flag)).Select(i => i.Name));

    /// <summary>
    /// What the engine requires before it asks the rule, e.g. "cluster, seeding a database from a URI (5.0+)"; "none".
    /// </summary>
    public static string Requires(RuleDescriptor descriptor)
    {
        IEnumerable<string> parts = [.. descriptor.Requires.ToNames(), .. descriptor.RequiresFeature is { } feature ? [Neo4jFeatures.WithSince(feature)] : Array.Empty<string>()];
        return string.Join(", ", parts) is { Length: > 0 } text ? text : "none";
    }

    /// <summary>"error | error | warning": production, staging, development/test; "off" where a pack leaves the rule off.</summary>
    public static string Severities(DefaultSeverities severities) =>
        string.Join(" | ", new[] { severities.Production, severities.Staging, severities.Development }.Select(s => s?.ToName() ?? "off"));

    public const string SeverityHeader = "production | staging | development/test";
}
