namespace BackupPolicyLint.Engine.Spill;

/// <summary>
/// Values that repeat across records (a rule, a pack name, an applicability), written as their place in a table the
/// codec keeps: a spill file never leaves the process that wrote it, so the reader gets back the very instance the writer
/// had and allocates nothing for it. Past <c>limit</c> distinct values, new ones are written out in full.
/// </summary>
internal sealed class ValueTable<T>(int limit, IEqualityComparer<T>? comparer = null)
    where T : notnull
{
    private readonly Dictionary<T, int> _indexes = new(comparer);
    private readonly List<T> _values = [];
    private readonly Lock _gate = new();

    /// <summary>Writes the value's place plus one, or 0 and the value itself (<paramref name="write"/>) once the table is full.</summary>
    public void Write(BinaryWriter writer, T value, Action<BinaryWriter, T> write)
    {
        int place;
        lock (_gate)
        {
            if (!_indexes.TryGetValue(value, out place))
            {
                place = _values.Count < limit ? _values.Count : -1;
                if (place >= 0)
                {
                    _values.Add(value);
                    _indexes[value] = place;
                }
            }
        }

        writer.Write7BitEncodedInt(place + 1);
        if (place < 0)
        {
            write(writer, value);
        }
    }

    public T Read(BinaryReader reader, Func<BinaryReader, T> read)
    {
        var place = reader.Read7BitEncodedInt() - 1;
        if (place < 0)
        {
            return read(reader);
        }

        lock (_gate)
        {
            return _values[place];
        }
    }
}
