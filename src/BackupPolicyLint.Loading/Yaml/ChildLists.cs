using BackupPolicyLint.Documents;

namespace BackupPolicyLint.Loading.Yaml;

/// <summary>
/// The lists the reader collects a mapping's entries and a sequence's items in, one per depth, reused by every file a
/// thread reads: made per file, they and their growing arrays were a tenth of what the reader allocated for a plan.
/// A node keeps an exact-size copy, and the list is emptied at once, so no tree stays reachable from here.
/// </summary>
internal sealed class ChildLists
{
    /// <summary>A list that grew past this (a hostile mapping of 50,000 keys) is dropped rather than kept for the thread.</summary>
    private const int MaxKeptCapacity = 4096;

    [ThreadStatic]
    private static ChildLists? _forThisThread;

    private List<DocEntry>?[] _entries = [];
    private List<DocNode>?[] _items = [];

    /// <summary>The calling thread's lists (a reader runs on one thread from start to end).</summary>
    public static ChildLists ForThisThread() => _forThisThread ??= new ChildLists();

    public List<DocEntry> Entries(int depth) => Rent(ref _entries, depth);

    public List<DocNode> Items(int depth) => Rent(ref _items, depth);

    /// <summary>The children collected, as an exact-size array (spare capacity would be memory every retained tree keeps).</summary>
    public static T[] Take<T>(List<T> list)
    {
        var children = list.ToArray();
        list.Clear();
        return children;
    }

    /// <summary>Empties every list (after a file that a limit or a syntax error ended part-way, its nodes must not stay reachable).</summary>
    public void Clear()
    {
        foreach (var list in _entries)
        {
            list?.Clear();
        }

        foreach (var list in _items)
        {
            list?.Clear();
        }
    }

    private static List<T> Rent<T>(ref List<T>?[] lists, int depth)
    {
        if (depth >= lists.Length)
        {
            Array.Resize(ref lists, Math.Max(depth + 1, lists.Length * 2));
        }

        var list = lists[depth];
        if (list is null || list.Capacity > MaxKeptCapacity)
        {
            list = lists[depth] = [];
        }

        // Empty already unless a limit or a syntax error ended the last file inside this mapping or sequence.
        list.Clear();
        return list;
    }
}
