using BackupPolicyLint.Diagnostics;

namespace BackupPolicyLint.Rules;

/// <summary>A rule: metadata plus a check over the model. Rules never read files or the network.</summary>
internal interface IRule
{
    RuleDescriptor Descriptor { get; }
}

/// <summary>A rule judged once per backup plan.</summary>
internal abstract class PlanRule : IRule
{
    public abstract RuleDescriptor Descriptor { get; }

    /// <summary>
    /// Asked before <see cref="Check"/>: a rule that does not concern the plan, or cannot judge it for want of data,
    /// says so here, and the audit outcome is not-applicable or not-evaluated instead of a silent pass. The shared
    /// preconditions (a cluster, an inventory, a backup location, a Neo4j version) are the descriptor's
    /// <see cref="RuleDescriptor.Requires"/> and <see cref="RuleDescriptor.RequiresFeature"/>, judged by the engine
    /// first: neither this nor <see cref="Check"/> is called for a plan that does not meet them.
    /// </summary>
    public virtual Applicability Applies(PlanContext context) => Applicability.Applicable;

    public abstract IEnumerable<Finding> Check(PlanContext context);
}
