using System.Collections;

namespace BackupPolicyLint.Engine.Spill;

/// <summary>A list made by <c>make</c> the first time it is read, so a reader that never looks at it pays nothing.</summary>
internal sealed class LazyList<T>(Func<IReadOnlyList<T>> make) : IReadOnlyList<T>
{
    private readonly Lazy<IReadOnlyList<T>> _items = new(make);

    public int Count => _items.Value.Count;

    public T this[int index] => _items.Value[index];

    public IEnumerator<T> GetEnumerator() => _items.Value.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
