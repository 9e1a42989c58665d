using System.Diagnostics;
using System.Reflection;
using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Rules;

namespace BackupPolicyLint.Scripting;

/// <summary>
/// A compiled <c>.csx</c> rule. Each plan runs the script on its own thread with a time and a memory limit
/// (<see cref="ScriptLimits"/>): the script is stopped at its next loop iteration or report once past either; one that
/// never reaches either is abandoned after a grace period (its thread is left to end with the process). While it runs,
/// the runner also watches the heap (see <see cref="Watch"/>). Either way the plan gets BPL004 and the run goes on, as
/// it does when the script throws.
/// </summary>
internal sealed class ScriptRule(CompiledScript script, RuleDescriptor descriptor, ScriptLimits limits) : PlanRule
{
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);

    public override RuleDescriptor Descriptor => descriptor;

    public CompiledScript Script => script;

    public override IEnumerable<Finding> Check(PlanContext context)
    {
        if (limits.CapProcessHeap)
        {
            HeapCeiling.Ensure(limits.HeapGrowthBytes);
        }

        var globals = new ScriptGlobals(context, DateTime.UtcNow + limits.TimeLimit, limits.AllocationBytes);
        Exception? failure = null;
        var thread = new Thread(() => failure = Run(globals)) { IsBackground = true, Name = $"bpl script {descriptor.Id}" };
        var ended = Watch(thread, globals);
        return (ended, failure) switch
        {
            (Ending.OverHeap, _) => throw OverMemory(failure),
            _ when !thread.IsAlive && globals.Refusal is { } refusal => throw new ScriptFailedException($"script {script.DisplayPath} was stopped: {refusal}", failure ?? new InvalidOperationException(refusal)),
            (_, null) when !thread.IsAlive => globals.Findings,
            (Ending.TimedOut, _) or (_, ScriptTimeoutException) => throw TimedOut(),
            (_, ScriptMemoryException) => throw OverMemory(failure),
            (_, OutOfMemoryException) => throw new ScriptFailedException(
                $"script {script.DisplayPath} ran out of memory{Where(failure)} and was stopped (its limit is {limits.AllocationText} per plan)", failure),
            _ => throw new ScriptFailedException($"script {script.DisplayPath} threw {failure!.GetType().Name}{Where(failure)}: {failure.Message}", failure),
        };
    }

    private enum Ending { Finished, TimedOut, OverHeap }

    /// <summary>
    /// Waits for the script's thread, polling the heap. Past the time limit, or past the heap growth limit (the script
    /// is then also told to stop at its next checkpoint), the heap ceiling is squeezed for a last grace period: a
    /// script inside a library call has no checkpoint to reach, and if it is still allocating it now fails on its own
    /// thread. The waiting thread allocates nothing meanwhile, so the ceiling hits the script, not bpl. Finished: the
    /// script ended before either limit.
    /// </summary>
    private Ending Watch(Thread thread, ScriptGlobals globals)
    {
        var heapAtStart = GC.GetTotalMemory(forceFullCollection: false);
        var deadline = DateTime.UtcNow + limits.TimeLimit;
        thread.Start();
        while (!thread.Join(Poll))
        {
            var overHeap = GC.GetTotalMemory(forceFullCollection: false) - heapAtStart > limits.HeapGrowthBytes;
            if (overHeap || DateTime.UtcNow > deadline)
            {
                if (overHeap)
                {
                    globals.StopForMemory();
                }

                HeapCeiling.Squeeze(thread, Grace);
                return overHeap ? Ending.OverHeap : Ending.TimedOut;
            }
        }

        return Ending.Finished;
    }

    private TimeoutException TimedOut() =>
        new($"script {script.DisplayPath} ran past its time limit of {limits.TimeLimit.TotalSeconds:0.##}s and was stopped");

    private ScriptFailedException OverMemory(Exception? failure) =>
        new($"script {script.DisplayPath} allocated more than {limits.AllocationText} and was stopped", failure ?? new ScriptMemoryException());

    private Exception? Run(ScriptGlobals globals)
    {
        globals.StartMeasuring();
        try
        {
            var states = new object?[2];
            states[0] = globals;
            var task = (Task<object>)script.Factory.Invoke(null, [states])!;
            task.GetAwaiter().GetResult();
            return null;
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            return ex.InnerException;
        }
        catch (Exception ex)
        {
            // OutOfMemoryException too: thrown on this thread by the script's own allocation, it is safe to catch here,
            // and once this thread unwinds what the script held is garbage. Nothing may escape: an exception
            // unhandled on this thread would end the process.
            return ex;
        }
    }

    /// <summary>" at rules/x.csx:12" from the embedded debug information, when the script's own frame is in the trace.</summary>
    private string Where(Exception ex)
    {
        var frame = new StackTrace(ex, fNeedFileInfo: true).GetFrames()
            .FirstOrDefault(f => f.GetFileName() is { } file && file.EndsWith(script.DisplayPath, StringComparison.Ordinal));
        return frame is null ? "" : $" at {script.DisplayPath}:{frame.GetFileLineNumber()}";
    }
}
