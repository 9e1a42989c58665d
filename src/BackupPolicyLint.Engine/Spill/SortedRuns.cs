namespace BackupPolicyLint.Engine.Spill;

/// <summary>
/// An external merge sort: records come in runs (a batch of plans' worth), each sorted as it comes; they are held in
/// memory until more than <c>heldLimit</c> are held, then the held runs are merged into one spill file. Reading merges
/// the spill files and the held runs, equal records in the order they came, so the result is the same for any limit.
/// </summary>
internal sealed class SortedRuns<T>(IComparer<T> order, IRecordCodec<T> codec, int heldLimit) : IDisposable
{
    private readonly List<List<T>> _held = [];
    private readonly List<(SpillFile File, int Count)> _spilled = [];
    private int _heldCount;

    /// <summary>How many records were added.</summary>
    public int Count { get; private set; }

    /// <summary>True once a record went to disk.</summary>
    public bool Spilled => _spilled.Count > 0;

    /// <summary>Adds a run in any order; it is sorted here (stable).</summary>
    public void Add(IEnumerable<T> records)
    {
        var run = records.Order(order).ToList();
        if (run.Count == 0)
        {
            return;
        }

        _held.Add(run);
        _heldCount += run.Count;
        Count += run.Count;
        if (_heldCount > heldLimit)
        {
            Spill();
        }
    }

    /// <summary>Every record added, in order; may be read any number of times once adding is over.</summary>
    public IEnumerable<T> Merged() => Merge([.. _spilled.Select(s => RecordFile.Read(s.File, s.Count, codec)), .. _held], order);

    public void Dispose()
    {
        foreach (var (file, _) in _spilled)
        {
            file.Dispose();
        }
    }

    /// <summary>A stable k-way merge: on equal records the earlier source wins.</summary>
    internal static IEnumerable<T> Merge(IReadOnlyList<IEnumerable<T>> sources, IComparer<T> order)
    {
        // A list known to be empty adds nothing, and a single source is in order already: a small run needs no queue.
        var live = sources.Where(s => s is not IReadOnlyCollection<T> { Count: 0 }).ToList();
        return live.Count switch
        {
            0 => [],
            1 => live[0],
            _ => MergeMany(live, order),
        };
    }

    private static IEnumerable<T> MergeMany(IReadOnlyList<IEnumerable<T>> sources, IComparer<T> order)
    {
        var cursors = new List<IEnumerator<T>>(sources.Count);
        var queue = new PriorityQueue<int, (T Record, int Source)>(Comparer<(T Record, int Source)>.Create((a, b) =>
        {
            var c = order.Compare(a.Record, b.Record);
            return c != 0 ? c : a.Source.CompareTo(b.Source);
        }));
        try
        {
            for (var i = 0; i < sources.Count; i++)
            {
                var cursor = sources[i].GetEnumerator();
                cursors.Add(cursor);
                if (cursor.MoveNext())
                {
                    queue.Enqueue(i, (cursor.Current, i));
                }
            }

            while (queue.TryDequeue(out var source, out var head))
            {
                yield return head.Record;
                if (cursors[source].MoveNext())
                {
                    queue.Enqueue(source, (cursors[source].Current, source));
                }
            }
        }
        finally
        {
            foreach (var cursor in cursors)
            {
                cursor.Dispose();
            }
        }
    }

    private void Spill()
    {
        var file = SpillFile.Create();
        var count = RecordFile.Write(file, Merge(_held, order), codec);
        _spilled.Add((file, count));
        _held.Clear();
        _heldCount = 0;
    }
}
