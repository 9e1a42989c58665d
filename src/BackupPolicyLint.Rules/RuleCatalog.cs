namespace BackupPolicyLint.Rules;

/// <summary>The built-in rules, found once by reflection so adding a rule never means editing a list.</summary>
public static class RuleCatalog
{
    private static readonly Lazy<IReadOnlyList<PlanRule>> Rules = new(() => typeof(RuleCatalog).Assembly
        .GetTypes()
        .Where(t => t is { IsAbstract: false, IsClass: true } && typeof(PlanRule).IsAssignableFrom(t))
        .Select(t => (PlanRule)Activator.CreateInstance(t, nonPublic: true)!)
        .OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal)
        .ToList());

    public static IReadOnlyList<PlanRule> All => Rules.Value;

    public static IReadOnlySet<string> Ids => All.Select(r => r.Descriptor.Id).ToHashSet(StringComparer.Ordinal);

    public static PlanRule? Find(string id) => All.FirstOrDefault(r => string.Equals(r.Descriptor.Id, id, StringComparison.OrdinalIgnoreCase)
        || string.Equals(r.Descriptor.Name, id, StringComparison.OrdinalIgnoreCase));
}
