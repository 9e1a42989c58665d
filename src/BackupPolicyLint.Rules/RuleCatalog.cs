using BackupPolicyLint.Analysis;
using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Evaluation;

namespace BackupPolicyLint.Rules.BuiltIn;

/// <summary>
/// The built-in rules. The list is written at compile time by a source generator (BackupPolicyLint.Generators'
/// RuleCatalogGenerator: every concrete <see cref="PlanRule"/> under this namespace, into <c>CreateRules()</c>), so
/// adding a rule never means editing a list, and a start pays no type scan or reflective construction.
/// </summary>
internal static partial class RuleCatalog
{
    private static readonly Lazy<IReadOnlyList<PlanRule>> Rules = new(() => CreateRules().OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal).ToList());

    public static IReadOnlyList<PlanRule> All => Rules.Value;

    public static IReadOnlySet<string> Ids => All.Select(r => r.Descriptor.Id).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Every descriptor by id: the diagnostics (BPL001-BPL007), then the rules. `bpl rules list`, `rules explain` and
    /// `rules docs` read this, so a rule's metadata is declared once, on its descriptor.
    /// </summary>
    public static IReadOnlyList<RuleDescriptor> Descriptors => AllDescriptors.Value;

    private static readonly Lazy<IReadOnlyList<RuleDescriptor>> AllDescriptors = new(() => [.. DiagnosticDescriptors.All, .. All.Select(r => r.Descriptor)]);

    /// <summary>A diagnostic's or a rule's descriptor by id or name, any case; null when there is none.</summary>
    public static RuleDescriptor? FindDescriptor(string idOrName) => Descriptors.FirstOrDefault(d => string.Equals(d.Id, idOrName, StringComparison.OrdinalIgnoreCase)
        || string.Equals(d.Name, idOrName, StringComparison.OrdinalIgnoreCase));

    public static PlanRule? Find(string id) => All.FirstOrDefault(r => string.Equals(r.Descriptor.Id, id, StringComparison.OrdinalIgnoreCase)
        || string.Equals(r.Descriptor.Name, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Findings about the run rather than a plan: every inventory no plan uses (BPL806), at the severity of the pack for
    /// what has no environment (<see cref="PolicySelection.Strictest"/>); none when that pack turns the rule off.
    /// </summary>
    public static IEnumerable<Finding> RunFindings(InventoryMatching matching, PolicySelection policy) =>
        policy.Strictest.SettingFor(RuleIds.InventoryUnmatched)?.Severity is { } severity
            ? Drift.InventoryUnmatched.Unused(matching, severity)
            : [];
}
