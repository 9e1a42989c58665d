using BackupPolicyLint.Diagnostics;

namespace BackupPolicyLint.Rules;

/// <summary>A rule: metadata plus a check over the model. Rules never read files or the network.</summary>
public interface IRule
{
    RuleDescriptor Descriptor { get; }
}

/// <summary>A rule judged once per backup plan.</summary>
public abstract class PlanRule : IRule
{
    public abstract RuleDescriptor Descriptor { get; }

    public abstract IEnumerable<Finding> Check(PlanContext context);
}
