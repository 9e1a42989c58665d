using System.Globalization;
using System.Xml;

namespace BackupPolicyLint.Model;

/// <summary>Durations as plans write them: <c>30m</c>, <c>36h</c>, <c>7d</c>, <c>2w</c>, <c>1y</c>, or ISO 8601 (<c>PT1H</c>, <c>P90D</c>).</summary>
public static class Durations
{
    public static bool TryParse(string? text, out TimeSpan duration)
    {
        duration = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var value = text.Trim();
        if (value[0] is 'P' or 'p')
        {
            return TryParseIso(value.ToUpperInvariant(), out duration);
        }

        var unit = value[^1];
        if (!long.TryParse(value.AsSpan(0, value.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var amount) || amount > 100_000)
        {
            return false;
        }

        TimeSpan? parsed = unit switch
        {
            's' => TimeSpan.FromSeconds(amount),
            'm' => TimeSpan.FromMinutes(amount),
            'h' => TimeSpan.FromHours(amount),
            'd' => TimeSpan.FromDays(amount),
            'w' => TimeSpan.FromDays(7 * amount),
            'y' => TimeSpan.FromDays(365 * amount),
            _ => null,
        };
        duration = parsed ?? default;
        return parsed is not null;
    }

    /// <summary>A short human form for messages: 90d, 36h, 45m.</summary>
    public static string Format(TimeSpan duration)
    {
        if (duration.TotalDays >= 2 && duration.TotalDays == Math.Floor(duration.TotalDays))
        {
            return $"{duration.TotalDays:0}d";
        }

        if (duration.TotalHours >= 1 && duration.TotalHours == Math.Floor(duration.TotalHours))
        {
            return $"{duration.TotalHours:0}h";
        }

        return duration.TotalMinutes == Math.Floor(duration.TotalMinutes)
            ? $"{duration.TotalMinutes:0}m"
            : $"{duration.TotalHours:0.##}h";
    }

    private static bool TryParseIso(string value, out TimeSpan duration)
    {
        duration = default;
        // XmlConvert reads xs:duration (years as 365 days, months as 30) but not weeks.
        if (value.Length > 2 && value[^1] == 'W' && int.TryParse(value.AsSpan(1, value.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var weeks))
        {
            duration = TimeSpan.FromDays(7 * weeks);
            return true;
        }

        try
        {
            duration = XmlConvert.ToTimeSpan(value);
            return duration > TimeSpan.Zero || value == "PT0S";
        }
        catch (FormatException)
        {
            return false;
        }
        catch (OverflowException)
        {
            return false;
        }
    }
}
