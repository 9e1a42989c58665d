namespace BackupPolicyLint.Engine;

/// <summary>An <see cref="IProgress{T}"/> that calls back on the reporting thread (the framework's Progress posts to the thread pool).</summary>
internal sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
