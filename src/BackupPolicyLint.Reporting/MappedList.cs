using System.Collections;

namespace BackupPolicyLint.Reporting;

/// <summary>
/// A list seen through a function, item by item as it is read: a large report (read back from disk) is neither copied
/// nor held whole to be transformed.
/// </summary>
internal sealed class MappedList<T>(IReadOnlyList<T> source, Func<T, T> map) : IReadOnlyList<T>
{
    public int Count => source.Count;

    public T this[int index] => map(source[index]);

    public IEnumerator<T> GetEnumerator() => source.Select(map).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
