namespace BackupPolicyLint.Scripting;

/// <summary>
/// A GC heap limit for the process while scripts run, so that a script allocating inside a library call (no loop of
/// its own, so no checkpoint) fails alone instead of taking the machine's memory: past the limit its allocation throws
/// OutOfMemoryException on its own thread, where the runner catches it and what it held becomes garbage.
/// <list type="bullet">
/// <item><see cref="Ensure"/>, when the first script runs: the heap's size then, plus the growth a script may cause,
/// plus room for the rest of the run. A lower limit already in force (a container's, DOTNET_GCHeapHardLimit) is kept.</item>
/// <item><see cref="Squeeze"/>, while bpl waits for a script it has given up on: just above the heap's size, so that
/// a script still allocating fails at once, and back afterwards.</item>
/// </list>
/// </summary>
internal static class HeapCeiling
{
    private const long Headroom = 256L * 1024 * 1024;
    private const long SqueezeMargin = 64L * 1024 * 1024;
    private static readonly Lock Gate = new();
    private static bool _ensured;
    private static long? _limit;

    public static void Ensure(long growth)
    {
        lock (Gate)
        {
            if (_ensured)
            {
                return;
            }

            _ensured = true;
            var info = GC.GetGCMemoryInfo();
            var ceiling = InUse(info) + growth + Headroom;
            if (ceiling < info.TotalAvailableMemoryBytes && TrySet(ceiling))
            {
                _limit = ceiling;
            }
        }
    }

    /// <summary>Waits up to <paramref name="grace"/> for <paramref name="thread"/> with the limit squeezed; true when it ended.</summary>
    public static bool Squeeze(Thread thread, TimeSpan grace)
    {
        lock (Gate)
        {
            if (_limit is not { } limit || !TrySet(Math.Min(limit, InUse(GC.GetGCMemoryInfo()) + SqueezeMargin)))
            {
                return thread.Join(grace);
            }

            try
            {
                return thread.Join(grace);
            }
            finally
            {
                TrySet(limit);
            }
        }
    }

    private static long InUse(GCMemoryInfo info) => Math.Max(info.TotalCommittedBytes, GC.GetTotalMemory(forceFullCollection: false));

    private static bool TrySet(long bytes)
    {
        AppContext.SetData("GCHeapHardLimit", (ulong)bytes);
        try
        {
            GC.RefreshMemoryLimit();
            return true;
        }
        catch (InvalidOperationException)
        {
            // More is committed than that limit allows: leave the one in force.
            return false;
        }
    }
}
