using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Model;
using BackupPolicyLint.Model.Inventory;
using BackupPolicyLint.Rules;

namespace BackupPolicyLint.Evaluation;

/// <summary>Runs the selected rules over every plan, turning a rule that throws into BPL004 instead of a crash.</summary>
internal sealed class CheckEngine
{
    private readonly IReadOnlyList<PlanRule> _rules;
    private readonly int _parallelism;

    /// <summary>The rules, and how many plans are judged at once (the result is the same for any value).</summary>
    public CheckEngine(IReadOnlyList<PlanRule> rules, int parallelism = 1)
    {
        _rules = rules;
        _parallelism = Math.Max(1, parallelism);
    }

    /// <summary>Every selected rule over every plan; <paramref name="artifactsFor"/> gives each plan its part of the backup location and <paramref name="inventoryFor"/> the live DBMS it describes (null: none given).</summary>
    public IReadOnlyList<Finding> Run(IReadOnlyList<BackupPlan> plans, PolicySelection policy, DateTimeOffset now, Func<BackupPlan, ArtifactLocation?>? artifactsFor = null, Func<BackupPlan, DbmsInventory?>? inventoryFor = null) =>
        Evaluate(plans, policy, now, artifactsFor, inventoryFor).Findings;

    /// <summary>Findings stamped with their plan, and one evaluation per plan and rule the pack turns on; <paramref name="inventories"/> are all those given to the run.</summary>
    public EngineRun Evaluate(
        IReadOnlyList<BackupPlan> plans,
        PolicySelection policy,
        DateTimeOffset now,
        Func<BackupPlan, ArtifactLocation?>? artifactsFor = null,
        Func<BackupPlan, DbmsInventory?>? inventoryFor = null,
        IReadOnlyList<DbmsInventory>? inventories = null)
    {
        var perPlan = EvaluateEach(plans, policy, now, artifactsFor, inventoryFor, inventories);
        return new EngineRun([.. perPlan.SelectMany(r => r.Findings)], [.. perPlan.SelectMany(r => r.Evaluations)]);
    }

    /// <summary>As <see cref="Evaluate"/>, one run per plan in plan order: for a caller that judges plans in batches and keeps each plan's place.</summary>
    public IReadOnlyList<EngineRun> EvaluateEach(
        IReadOnlyList<BackupPlan> plans,
        PolicySelection policy,
        DateTimeOffset now,
        Func<BackupPlan, ArtifactLocation?>? artifactsFor = null,
        Func<BackupPlan, DbmsInventory?>? inventoryFor = null,
        IReadOnlyList<DbmsInventory>? inventories = null) =>
        // Plans are judged independently; their results are joined in plan order, so the run is the same at any parallelism.
        OrderedParallel.Map(plans, _parallelism, plan => EvaluatePlan(plan, policy, now, artifactsFor, inventoryFor, inventories))
            .ConvertAll(r => new EngineRun(r.Findings, r.Evaluations));

    private (List<Finding> Findings, List<RuleEvaluation> Evaluations) EvaluatePlan(
        BackupPlan plan, PolicySelection policy, DateTimeOffset now, Func<BackupPlan, ArtifactLocation?>? artifactsFor, Func<BackupPlan, DbmsInventory?>? inventoryFor, IReadOnlyList<DbmsInventory>? inventories)
    {
        var findings = new List<Finding>();
        var evaluations = new List<RuleEvaluation>();
        var pack = policy.For(plan);
        var identity = plan.Identity;
        var artifacts = artifactsFor?.Invoke(plan);
        var inventory = inventoryFor?.Invoke(plan);
        foreach (var rule in _rules)
        {
            var setting = pack.SettingFor(rule.Descriptor.Id);
            if (setting?.Severity is not { } severity)
            {
                continue;
            }

            var context = new PlanContext(plan, rule.Descriptor, severity, setting.Parameters, now, artifacts, inventory, inventories);
            var (applicability, produced) = ImplicitPlanScope.Check(plan, rule.Descriptor) is { } outOfScope ? (outOfScope, []) : RunOne(rule, context);
            evaluations.Add(new RuleEvaluation(identity, rule.Descriptor, pack.Name, severity, applicability));
            findings.AddRange(produced.Select(f => f with { PlanId = f.PlanId ?? identity.Id }));
        }

        return (findings, evaluations);
    }

    private static (Applicability, List<Finding>) RunOne(PlanRule rule, PlanContext context)
    {
        try
        {
            // The descriptor's requirements first: a rule is never asked about a plan that does not meet them.
            var applicability = Applicability.UnmetRequirement(context) ?? rule.Applies(context);
            return applicability.Kind == ApplicabilityKind.Applicable
                ? (applicability, rule.Check(context).ToList())
                : (applicability, []);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            var message = $"rule {rule.Descriptor.Id} ({rule.Descriptor.Name}) failed on plan '{context.Plan.Name}': {ex.Message}";
            var failed = DiagnosticIds.Create(DiagnosticIds.RuleFailed, message, context.Plan.Span, subject: context.Plan.Name, logicalPath: "");
            return (Applicability.NotEvaluated($"the rule failed ({DiagnosticIds.RuleFailed}): {ex.Message}"), [failed]);
        }
    }
}
