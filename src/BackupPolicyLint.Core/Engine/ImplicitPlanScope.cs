using BackupPolicyLint.Model;
using BackupPolicyLint.Rules;

namespace BackupPolicyLint.Evaluation;

/// <summary>
/// Which rules judge an implicit plan (infrastructure no plan claims): only those whose inputs include scripts or
/// neo4j.conf (rules.md "inputs" S or C), and only when the files hold what the rule reads. Everything else has no
/// plan to read from, so it is not applicable rather than a finding about a plan nobody wrote.
/// </summary>
internal static class ImplicitPlanScope
{
    /// <summary>Null when the rule judges the plan; otherwise why it does not apply.</summary>
    public static Applicability? Check(BackupPlan plan, RuleDescriptor rule)
    {
        if (!plan.IsImplicit)
        {
            return null;
        }

        var scripts = rule.Inputs.HasFlag(RuleInputs.Scripts);
        var config = rule.Inputs.HasFlag(RuleInputs.Config);
        if (!scripts && !config)
        {
            return Applicability.NotApplicable("the rule judges backup plans, and these infrastructure files have no plan");
        }

        var infra = plan.Infrastructure;
        if (scripts && !config && plan.Jobs.Count == 0 && infra.PermissionLoosenings.Count == 0 && infra.OverwritingRestores.Count == 0)
        {
            return Applicability.NotApplicable("no backup command was found in the infrastructure files");
        }

        if (config && !scripts && infra.Configs.Count == 0)
        {
            return Applicability.NotApplicable("no Neo4j settings were found in the infrastructure files (neo4j.conf, NEO4J_* variables)");
        }

        return null;
    }
}
