namespace BackupPolicyLint.Engine.Spill;

/// <summary>The few shapes every codec writes besides BinaryWriter's own: optional strings and dates, string lists.</summary>
internal static class BinaryRecords
{
    public static void WriteOptional(this BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null)
        {
            writer.Write(value);
        }
    }

    public static string? ReadOptionalString(this BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;

    public static void WriteOptional(this BinaryWriter writer, DateOnly? value)
    {
        writer.Write(value is not null);
        if (value is { } date)
        {
            writer.Write(date.DayNumber);
        }
    }

    public static DateOnly? ReadOptionalDate(this BinaryReader reader) => reader.ReadBoolean() ? DateOnly.FromDayNumber(reader.ReadInt32()) : null;

    public static void WriteStrings(this BinaryWriter writer, IReadOnlyList<string> values)
    {
        writer.Write(values.Count);
        foreach (var value in values)
        {
            writer.Write(value);
        }
    }

    public static string[] ReadStrings(this BinaryReader reader)
    {
        var values = new string[reader.ReadInt32()];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = reader.ReadString();
        }

        return values;
    }
}
