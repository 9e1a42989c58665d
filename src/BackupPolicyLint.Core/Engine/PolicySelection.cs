using BackupPolicyLint.Model;

namespace BackupPolicyLint.Engine;

/// <summary>Picks the pack for a plan: the one forced on the command line, else the one for its environment.</summary>
public sealed class PolicySelection
{
    private readonly IReadOnlyList<PolicyPack> _packs;
    private readonly PolicyPack? _forced;
    private readonly PolicyPack _strictest;

    public PolicySelection(IReadOnlyList<PolicyPack> packs, PolicyPack? forced, string strictestName = "production")
    {
        _packs = packs;
        _forced = forced;
        _strictest = forced ?? packs.FirstOrDefault(p => p.Name == strictestName)
            ?? throw new ArgumentException($"no '{strictestName}' pack among the packs", nameof(packs));
    }

    /// <summary>An environment no pack names gets the strictest reading.</summary>
    public PolicyPack For(BackupPlan plan) => _forced
        ?? _packs.FirstOrDefault(p => p.Environments.Contains(plan.Environment, StringComparer.OrdinalIgnoreCase))
        ?? _strictest;

    public IEnumerable<PolicyPack> Packs => _forced is null ? _packs : [_forced];
}
