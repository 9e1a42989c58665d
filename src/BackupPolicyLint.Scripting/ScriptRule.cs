using System.Diagnostics;
using System.Reflection;
using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Rules;

namespace BackupPolicyLint.Scripting;

/// <summary>
/// A compiled <c>.csx</c> rule. Each plan runs the script on its own thread with a time and a memory limit
/// (<see cref="ScriptLimits"/>): the script is stopped at its next loop iteration or report once past either; one that
/// never reaches either is abandoned after a grace period (its thread is left to end with the process). Either way the
/// plan gets BPL004 and the run goes on, as it does when the script throws.
/// </summary>
public sealed class ScriptRule(CompiledScript script, RuleDescriptor descriptor, ScriptLimits limits) : PlanRule
{
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(1);

    public override RuleDescriptor Descriptor => descriptor;

    public CompiledScript Script => script;

    public override IEnumerable<Finding> Check(PlanContext context)
    {
        var globals = new ScriptGlobals(context, DateTime.UtcNow + limits.TimeLimit, limits.AllocationBytes);
        Exception? failure = null;
        var thread = new Thread(() => failure = Run(globals)) { IsBackground = true, Name = $"bpl script {descriptor.Id}" };
        thread.Start();
        if (!thread.Join(limits.TimeLimit + Grace))
        {
            throw TimedOut();
        }

        return failure switch
        {
            null => globals.Findings,
            ScriptTimeoutException => throw TimedOut(),
            ScriptMemoryException => throw OverMemory(failure),
            _ => throw new ScriptFailedException($"script {script.DisplayPath} threw {failure.GetType().Name}{Where(failure)}: {failure.Message}", failure),
        };
    }

    private TimeoutException TimedOut() =>
        new($"script {script.DisplayPath} ran past its time limit of {limits.TimeLimit.TotalSeconds:0.##}s and was stopped");

    private ScriptFailedException OverMemory(Exception failure) =>
        new($"script {script.DisplayPath} allocated more than {limits.AllocationText} and was stopped", failure);

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
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
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
