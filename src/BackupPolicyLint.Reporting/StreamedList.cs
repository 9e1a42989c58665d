using System.Collections;

namespace BackupPolicyLint.Reporting;

/// <summary>
/// A list of known length whose items are made again on each enumeration (read back from spill files); the indexer
/// walks to its item, so callers that index pay for it.
/// </summary>
internal sealed class StreamedList<T>(int count, Func<IEnumerable<T>> items) : IReadOnlyList<T>
{
    public int Count => count;

    public T this[int index] => index >= 0 && index < count ? items().ElementAt(index) : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<T> GetEnumerator() => items().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
