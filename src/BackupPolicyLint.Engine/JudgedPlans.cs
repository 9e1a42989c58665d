using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Model;
using BackupPolicyLint.Suppressions;

namespace BackupPolicyLint.Engine;

/// <summary>
/// What the stages after judging need of the plans once their trees are dropped: each plan's identity (waivers match
/// plan names and environments) and, when a baseline is in play, each finding's baseline anchor, the named path and the
/// value of the node it points at, taken while the plan's tree is still there.
/// </summary>
internal sealed class JudgedPlans(bool keepBaselineAnchors)
{
    private readonly Dictionary<string, PlanIdentity> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _indexes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PlanIdentity> _firstInFile = new(StringComparer.Ordinal);
    private readonly Dictionary<(string PlanId, string Pointer), (string Path, string Value)> _anchors = [];

    public IEnumerable<string> Names => _byId.Values.Select(p => p.Name);

    /// <summary>
    /// Takes in judged plans before their trees go. Every plan of a file must come in the same call, so that the first
    /// plan of a file is the same one the whole run would see.
    /// </summary>
    public void Add(IReadOnlyList<IndexedPlan> plans, IEnumerable<Finding> findings)
    {
        var roots = new Dictionary<string, BackupPlan>(StringComparer.Ordinal);
        foreach (var (index, plan) in plans)
        {
            var identity = plan.Identity;
            _byId[identity.Id] = identity;
            _indexes[identity.Id] = index;
            _firstInFile.TryAdd(identity.File, identity);
            roots[identity.Id] = plan;
        }

        if (!keepBaselineAnchors)
        {
            return;
        }

        foreach (var finding in findings)
        {
            if (PlanOf(finding) is { } identity && roots.TryGetValue(identity.Id, out var plan) && !_anchors.ContainsKey((identity.Id, finding.LogicalPath)))
            {
                var (path, node) = BaselineKeys.Named(plan.Node, finding.LogicalPath);
                _anchors[(identity.Id, finding.LogicalPath)] = (path, BaselineKeys.Normalise(node?.Text));
            }
        }
    }

    /// <summary>The place among the run's plans of the plan that produced a finding; null for a finding no plan produced.</summary>
    public int? IndexOf(Finding finding) => finding.PlanId is { } id && _indexes.TryGetValue(id, out var index) ? index : null;

    /// <summary>The plan a finding is about: the one that produced it, else the first plan of its file.</summary>
    public PlanIdentity? PlanOf(Finding finding) =>
        finding.PlanId is { } id && _byId.TryGetValue(id, out var byId) ? byId : _firstInFile.GetValueOrDefault(finding.Span.File);

    /// <summary>The finding's baseline entry (<see cref="BaselineKeys.Of"/>, from the anchor taken while its plan's tree was there).</summary>
    public BaselineEntry KeyOf(Finding finding, string relativeFile)
    {
        if (PlanOf(finding) is { } plan && _anchors.TryGetValue((plan.Id, finding.LogicalPath), out var anchor))
        {
            return new BaselineEntry(finding.RuleId, relativeFile, anchor.Path, anchor.Value);
        }

        return BaselineKeys.Of(finding, root: null, relativeFile);
    }
}
