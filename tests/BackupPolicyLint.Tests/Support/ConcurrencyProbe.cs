namespace BackupPolicyLint.Tests.Support;

/// <summary>
/// Counts the requests in flight at once on the fake servers that share it (Interlocked, so it sees what the sockets
/// see). Until <c>holdUntil</c> requests have been in flight together, each request waits (at most
/// <c>holdAtMost</c>) for company: a concurrent collector then shows its concurrency whatever the machine's load, and
/// no test depends on two requests overlapping by luck. A sequential collector only gets slower and shows 1.
/// </summary>
internal sealed class ConcurrencyProbe(int holdUntil, TimeSpan holdAtMost)
{
    private int _inFlight;
    private int _maxInFlight;

    public int MaxInFlight => Volatile.Read(ref _maxInFlight);

    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        var now = Interlocked.Increment(ref _inFlight);
        for (var seen = Volatile.Read(ref _maxInFlight); now > seen; seen = Volatile.Read(ref _maxInFlight))
        {
            if (Interlocked.CompareExchange(ref _maxInFlight, now, seen) == seen)
            {
                break;
            }
        }

        var deadline = DateTime.UtcNow + holdAtMost;
        while (MaxInFlight < holdUntil && DateTime.UtcNow < deadline && !cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(5, CancellationToken.None);
        }

        return new Exit(this);
    }

    private sealed class Exit(ConcurrencyProbe probe) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0)
            {
                Interlocked.Decrement(ref probe._inFlight);
            }
        }
    }
}
