using System.Globalization;

namespace BackupPolicyLint.Model;

/// <summary>A daily UTC window "HH:MM-HH:MM", half-open [start, end), which may cross midnight.</summary>
public readonly record struct TimeWindow(int StartMinute, int EndMinute)
{
    /// <summary>Reads <c>HH:MM-HH:MM</c>; false when the text is not such a window.</summary>
    public static bool TryParse(string? text, out TimeWindow window)
    {
        window = default;
        var parts = text?.Split('-');
        if (parts is not { Length: 2 } || !TryMinute(parts[0], out var start) || !TryMinute(parts[1], out var end))
        {
            return false;
        }

        window = new TimeWindow(start, end);
        return true;
    }

    /// <summary>True when the minute of the day falls inside the window. Equal ends mean the whole day.</summary>
    public bool Contains(int minuteOfDay)
    {
        if (StartMinute == EndMinute)
        {
            return true;
        }

        return StartMinute < EndMinute
            ? minuteOfDay >= StartMinute && minuteOfDay < EndMinute
            : minuteOfDay >= StartMinute || minuteOfDay < EndMinute;
    }

    /// <summary>True when the UTC time of day of <paramref name="utc"/> falls inside the window.</summary>
    public bool Contains(DateTime utc) => Contains((utc.Hour * 60) + utc.Minute);

    /// <summary>The window as <c>HH:MM-HH:MM</c>.</summary>
    public override string ToString() => $"{StartMinute / 60:00}:{StartMinute % 60:00}-{EndMinute / 60:00}:{EndMinute % 60:00}";

    private static bool TryMinute(string text, out int minute)
    {
        minute = 0;
        var hm = text.Trim().Split(':');
        if (hm.Length != 2
            || !int.TryParse(hm[0], NumberStyles.None, CultureInfo.InvariantCulture, out var h)
            || !int.TryParse(hm[1], NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || h > 23 || m > 59)
        {
            return false;
        }

        minute = (h * 60) + m;
        return true;
    }
}
