using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Model;
using BackupPolicyLint.Model.Inventory;
using BackupPolicyLint.Rules;

namespace BackupPolicyLint.Engine;

/// <summary>Runs the selected rules over every plan, turning a rule that throws into BPL004 instead of a crash.</summary>
public sealed class CheckEngine
{
    private readonly IReadOnlyList<PlanRule> _rules;

    public CheckEngine(IReadOnlyList<PlanRule> rules) => _rules = rules;

    /// <summary>Judges every plan; <paramref name="inventoryFor"/> gives the live DBMS a plan describes, or null when there is none.</summary>
    public IReadOnlyList<Finding> Run(IReadOnlyList<BackupPlan> plans, PolicySelection policy, DateTimeOffset now, Func<BackupPlan, DbmsInventory?>? inventoryFor = null)
    {
        var findings = new List<Finding>();
        foreach (var plan in plans)
        {
            var pack = policy.For(plan);
            var inventory = inventoryFor?.Invoke(plan);
            foreach (var rule in _rules)
            {
                var setting = pack.SettingFor(rule.Descriptor.Id);
                if (setting?.Severity is not { } severity)
                {
                    continue;
                }

                var context = new PlanContext(plan, rule.Descriptor, severity, setting.Parameters, now, inventory);
                findings.AddRange(RunOne(rule, context));
            }
        }

        return findings;
    }

    private static List<Finding> RunOne(PlanRule rule, PlanContext context)
    {
        try
        {
            return rule.Check(context).ToList();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            var message = $"rule {rule.Descriptor.Id} ({rule.Descriptor.Name}) failed on plan '{context.Plan.Name}': {ex.Message}";
            return [DiagnosticIds.Create(DiagnosticIds.RuleFailed, message, context.Plan.Span, subject: context.Plan.Name, logicalPath: "")];
        }
    }
}
