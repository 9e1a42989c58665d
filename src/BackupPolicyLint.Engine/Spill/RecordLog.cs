using System.Collections;

namespace BackupPolicyLint.Engine.Spill;

/// <summary>
/// A list appended to in order and then only read, held in memory up to <c>heldLimit</c> records and on disk past
/// that (a report's findings at 100,000 plans). Each enumeration reads the file again; the indexer walks to its record,
/// so callers that index (none of the writers) pay for it.
/// </summary>
internal sealed class RecordLog<T>(IRecordCodec<T> codec, int heldLimit) : IReadOnlyList<T>, IDisposable
{
    private List<T>? _held = [];
    private SpillFile? _file;
    private BinaryWriter? _writer;

    public int Count { get; private set; }

    /// <summary>True once the records went to disk.</summary>
    public bool Spilled => _file is not null;

    public T this[int index] => _held is { } held ? held[index] : this.Skip(index).First();

    public void Add(T record)
    {
        if (_writer is not null)
        {
            codec.Write(_writer, record);
        }
        else
        {
            _held!.Add(record);
            if (_held.Count > heldLimit)
            {
                _file = SpillFile.Create();
                _writer = _file.OpenWriter();
                foreach (var held in _held)
                {
                    codec.Write(_writer, held);
                }

                _held = null;
            }
        }

        Count++;
    }

    /// <summary>Ends appending: what was written is readable from here on.</summary>
    public RecordLog<T> Complete()
    {
        _writer?.Dispose();
        _writer = null;
        return this;
    }

    public IEnumerator<T> GetEnumerator()
    {
        if (_writer is not null)
        {
            throw new InvalidOperationException("a record log is read once it is complete");
        }

        return (_held ?? RecordFile.Read(_file!, Count, codec)).GetEnumerator();
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public void Dispose()
    {
        _writer?.Dispose();
        _file?.Dispose();
    }
}
