using System.Globalization;
using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Documents;
using BackupPolicyLint.Model;
using BackupPolicyLint.Model.Inventory;

namespace BackupPolicyLint.Rules;

/// <summary>
/// What a plan rule sees: the plan, the time, its severity and parameters from the pack, the backup artifacts when
/// <c>--backups</c> was given; and how it reports.
/// </summary>
internal sealed class PlanContext
{
    private readonly IReadOnlyDictionary<string, string> _parameters;

    public PlanContext(
        BackupPlan plan,
        RuleDescriptor rule,
        Severity severity,
        IReadOnlyDictionary<string, string> parameters,
        DateTimeOffset now,
        ArtifactLocation? artifacts = null,
        DbmsInventory? inventory = null,
        IReadOnlyList<DbmsInventory>? inventories = null)
    {
        Inventory = inventory;
        Inventories = inventories ?? (inventory is null ? [] : [inventory]);
        Plan = plan;
        Rule = rule;
        Severity = severity;
        _parameters = parameters;
        Now = now;
        Artifacts = artifacts;
    }

    public BackupPlan Plan { get; }
    public RuleDescriptor Rule { get; }
    public Severity Severity { get; }
    public DateTimeOffset Now { get; }

    /// <summary>The plan's part of the backup location; null when no location was given (artifact rules then stay quiet).</summary>
    public ArtifactLocation? Artifacts { get; }

    /// <summary>The live DBMS this plan describes, when an inventory was given and matched the plan; null keeps inventory checks quiet.</summary>
    public DbmsInventory? Inventory { get; }

    /// <summary>
    /// <see cref="Artifacts"/> for a rule whose descriptor requires <see cref="RuleRequirements.BackupLocation"/>: the engine
    /// asks such a rule only when there is one. A rule that reads it without declaring the requirement fails (BPL004)
    /// instead of passing silently.
    /// </summary>
    public ArtifactLocation RequiredArtifacts => Artifacts
        ?? throw new InvalidOperationException($"{Rule.Id} reads the backup location but does not declare Requires = RuleRequirements.BackupLocation");

    /// <summary>
    /// <see cref="Inventory"/> for a rule whose descriptor requires <see cref="RuleRequirements.Inventory"/>: the engine asks
    /// such a rule only when one matched the plan. A rule that reads it without declaring the requirement fails (BPL004)
    /// instead of passing silently.
    /// </summary>
    public DbmsInventory RequiredInventory => Inventory
        ?? throw new InvalidOperationException($"{Rule.Id} reads the inventory but does not declare Requires = RuleRequirements.Inventory");

    /// <summary>Every inventory given to the run (--inventory, --neo4j-uri), whichever plan each describes; empty when none was.</summary>
    public IReadOnlyList<DbmsInventory> Inventories { get; }

    /// <summary>A finding at a node; <paramref name="subject"/> is the element's path by names, e.g. "jobs/nightly".</summary>
    public Finding Report(DocNode node, string message, string? subject = null) =>
        Report(node.Span, node.Pointer, message, subject);

    /// <summary>A finding at a key of a model element (or the element itself when that key is missing).</summary>
    public Finding Report(ModelElement element, string key, string message, string? subject = null) =>
        Report(element.At(key), element.Node.Entry(key)?.Value.Pointer ?? element.Node.Pointer, message, subject);

    /// <summary>A finding about the live DBMS (<c>source: inventory</c>), located on the plan node it concerns.</summary>
    public Finding ReportInventory(DocNode node, string message, string? subject = null) =>
        Report(node.Span, node.Pointer, message, subject, SourceKind.Inventory);

    /// <summary>A finding about the live DBMS at a key of a plan element (or the element itself when that key is missing).</summary>
    public Finding ReportInventory(ModelElement element, string key, string message, string? subject = null) =>
        Report(element.At(key), element.Node.Entry(key)?.Value.Pointer ?? element.Node.Pointer, message, subject, SourceKind.Inventory);

    public Finding Report(SourceSpan span, string logicalPath, string message, string? subject = null, SourceKind source = SourceKind.Plan) => new()
    {
        RuleId = Rule.Id,
        RuleName = Rule.Name,
        Severity = Severity,
        Message = message,
        Span = span,
        Source = source,
        Subject = subject is null ? Plan.Name : Plan.SubjectOf(subject),
        LogicalPath = logicalPath,
    };

    public double Number(string name)
    {
        var text = Parameter(name);
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new InvalidOperationException($"parameter '{name}' of {Rule.Id} is not a number: '{text}'");
    }

    public TimeSpan Duration(string name)
    {
        var text = Parameter(name);
        return Durations.TryParse(text, out var value)
            ? value
            : throw new InvalidOperationException($"parameter '{name}' of {Rule.Id} is not a duration: '{text}'");
    }

    /// <summary>A parameter's text: the pack's value, else the rule's declared default (throws for an undeclared name).</summary>
    public string Parameter(string name)
    {
        if (_parameters.TryGetValue(name, out var value))
        {
            return value;
        }

        var declared = Rule.Parameters.FirstOrDefault(p => p.Name == name)
            ?? throw new InvalidOperationException($"{Rule.Id} has no parameter '{name}'");
        return declared.DefaultValue;
    }
}
