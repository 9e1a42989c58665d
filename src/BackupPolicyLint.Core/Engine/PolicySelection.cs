using BackupPolicyLint.Model;

namespace BackupPolicyLint.Evaluation;

/// <summary>
/// Picks the pack for a plan: the one forced on the command line; else the first config route that matches the plan
/// (environments and labels); else the built-in pack for its environment; else the strictest.
/// </summary>
internal sealed class PolicySelection
{
    private readonly IReadOnlyList<PolicyPack> _packs;
    private readonly PolicyPack? _forced;
    private readonly PolicyPack _strictest;
    private readonly IReadOnlyList<PackRoute> _routes;

    public PolicySelection(IReadOnlyList<PolicyPack> packs, PolicyPack? forced, string strictestName = "production", IReadOnlyList<PackRoute>? routes = null)
    {
        _packs = packs;
        _forced = forced;
        _routes = routes ?? [];
        _strictest = forced ?? packs.FirstOrDefault(p => p.Name == strictestName)
            ?? throw new ArgumentException($"no '{strictestName}' pack among the packs", nameof(packs));
    }

    /// <summary>An environment no pack names gets the strictest reading.</summary>
    public PolicyPack For(BackupPlan plan) => _forced
        ?? _routes.FirstOrDefault(r => Matches(r, plan))?.Pack
        ?? _packs.FirstOrDefault(p => p.Environments.Contains(plan.Environment, StringComparer.OrdinalIgnoreCase))
        ?? _strictest;

    /// <summary>The pack for what has no environment (an inventory no plan uses): the forced pack, else the strictest.</summary>
    public PolicyPack Strictest => _strictest;

    /// <summary>The config's routes, in the order they are tried; none when a pack is forced (they are never tried).</summary>
    public IReadOnlyList<PackRoute> Routes => _forced is null ? _routes : [];

    public IEnumerable<PolicyPack> Packs => _forced is null ? _routes.Select(r => r.Pack).Concat(_packs).Distinct() : [_forced];

    private static bool Matches(PackRoute route, BackupPlan plan)
    {
        var environments = route.Environments.Count > 0 ? route.Environments : route.Pack.Environments;
        return (environments.Count == 0 || environments.Contains(plan.Environment, StringComparer.OrdinalIgnoreCase))
            && route.Labels.All(l => plan.Labels.TryGetValue(l.Key, out var value) && value == l.Value);
    }
}
