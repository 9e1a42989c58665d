using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Documents;
using BackupPolicyLint.Model;
using BackupPolicyLint.Model.Inventory;
using BackupPolicyLint.Rules;

namespace BackupPolicyLint.Scripting;

/// <summary>
/// What a <c>.csx</c> rule sees, as top-level names (API version <see cref="ScriptCompiler.ApiVersion"/>): the plan
/// being judged, the run's time, the pack's parameters, and <c>Report</c> to raise a finding at a model element. The
/// script runs once per plan its pack enables it for. See docs/configuration.md, "C# script rules".
/// </summary>
public sealed class ScriptGlobals
{
    private readonly PlanContext _context;
    private readonly List<Finding> _findings = [];
    private readonly DateTime _deadline;
    private readonly long _allocationLimit;
    private int _thread;
    private long _allocatedAtStart;
    private volatile bool _overHeap;
    private HashSet<DocNode>? _planNodes;

    internal ScriptGlobals(PlanContext context, DateTime deadline, long allocationLimit)
    {
        _context = context;
        _deadline = deadline;
        _allocationLimit = allocationLimit;
    }

    /// <summary>The plan being judged (the same model the built-in rules judge).</summary>
    public BackupPlan Plan => _context.Plan;

    /// <summary>The run's "now" (<c>--now</c> or the clock).</summary>
    public DateTimeOffset Now => _context.Now;

    /// <summary>The plan's part of <c>--backups</c>, or null.</summary>
    public ArtifactLocation? Artifacts => _context.Artifacts;

    /// <summary>The live DBMS the plan describes (<c>--inventory</c>/<c>--neo4j-uri</c>), or null.</summary>
    public DbmsInventory? Inventory => _context.Inventory;

    /// <summary>A parameter from the pack's entry for this rule, else the script's <c>// @param</c> default; null when the script declares no such parameter.</summary>
    public string? Parameter(string name) => _context.Rule.Parameters.Any(p => p.Name == name) ? _context.Parameter(name) : null;

    /// <summary>A numeric parameter (throws, and so fails the rule with BPL004, when it is not a number).</summary>
    public double Number(string name) => _context.Number(name);

    /// <summary>A duration parameter such as <c>30d</c>.</summary>
    public TimeSpan Duration(string name) => _context.Duration(name);

    /// <summary>A finding at a model element (a job, a storage, the plan) with the rule's severity.</summary>
    public void Report(ModelElement element, string message) => Report(element.Node, message);

    /// <summary>A finding at one key of an element, or at the element when the key is missing.</summary>
    public void Report(ModelElement element, string key, string message)
    {
        Checkpoint();
        OfThePlan(element.Node);
        _findings.Add(_context.Report(element, key, message));
    }

    /// <summary>A finding at any node of the plan document (<c>Plan.Node.Get("spec")</c>...).</summary>
    public void Report(DocNode node, string message)
    {
        Checkpoint();
        OfThePlan(node);
        _findings.Add(_context.Report(node, message));
    }

    /// <summary>Called by the loop bodies bpl instruments; stops a script past its time or memory limit.</summary>
    public void Checkpoint()
    {
        if (DateTime.UtcNow > _deadline)
        {
            throw new ScriptTimeoutException();
        }

        // The allocation counter is per thread: only the script's own thread is measured here (the runner's heap
        // watchdog covers the rest).
        if (_overHeap || (Environment.CurrentManagedThreadId == _thread && GC.GetAllocatedBytesForCurrentThread() - _allocatedAtStart > _allocationLimit))
        {
            throw new ScriptMemoryException();
        }
    }

    /// <summary>Called first on the script's thread: what it allocates from here on counts.</summary>
    internal void StartMeasuring()
    {
        _thread = Environment.CurrentManagedThreadId;
        _allocatedAtStart = GC.GetAllocatedBytesForCurrentThread();
    }

    /// <summary>The heap grew past the limit while the script ran: its next checkpoint throws.</summary>
    internal void StopForMemory() => _overHeap = true;

    internal IReadOnlyList<Finding> Findings => _findings;

    /// <summary>Why the script's findings are not taken (it reported at a node that is not the plan's), or null.</summary>
    internal string? Refusal { get; private set; }

    /// <summary>
    /// A script reports only at nodes of the plan being judged: its document's nodes and its jobs' (those from
    /// infrastructure files). A node the script built itself could name any file (/etc/passwd), whose lines the
    /// reports would then quote. Remembered, not only thrown: a script that catches the exception still fails.
    /// </summary>
    private void OfThePlan(DocNode node)
    {
        _planNodes ??= PlanNodes(_context.Plan);
        if (!_planNodes.Contains(node))
        {
            Refusal ??= $"it reported at a node that is not part of plan '{_context.Plan.Name}' (a script reports only at the nodes of the plan it judges)";
            throw new InvalidOperationException(Refusal);
        }
    }

    private static HashSet<DocNode> PlanNodes(BackupPlan plan)
    {
        var nodes = new HashSet<DocNode>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<DocNode>([plan.Node, plan.Document.Root, .. plan.Jobs.Select(j => j.Node)]);
        while (pending.TryPop(out var node))
        {
            if (!nodes.Add(node))
            {
                continue;
            }

            foreach (var entry in node.Entries)
            {
                pending.Push(entry.Key);
                pending.Push(entry.Value);
            }

            foreach (var item in node.Items)
            {
                pending.Push(item);
            }
        }

        return nodes;
    }
}
