namespace BackupPolicyLint.Engine.Spill;

/// <summary>Records written one after another to a spill file, and read back in the same order.</summary>
internal static class RecordFile
{
    /// <summary>Writes every record; returns how many.</summary>
    public static int Write<T>(SpillFile file, IEnumerable<T> records, IRecordCodec<T> codec)
    {
        var count = 0;
        using var writer = file.OpenWriter();
        foreach (var record in records)
        {
            codec.Write(writer, record);
            count++;
        }

        return count;
    }

    public static IEnumerable<T> Read<T>(SpillFile file, int count, IRecordCodec<T> codec)
    {
        using var reader = file.OpenReader();
        for (var i = 0; i < count; i++)
        {
            yield return codec.Read(reader);
        }
    }
}
