using System.Globalization;

namespace BackupPolicyLint.Model;

/// <summary>Durations as plans write them: <c>30m</c>, <c>36h</c>, <c>7d</c>, <c>2w</c>, <c>1y</c>, or ISO 8601 (<c>PT1H</c>, <c>P90D</c>).</summary>
public static class Durations
{
    /// <summary>
    /// The longest duration bpl reads: 1000 years. Longer ones (30000y, P2000000W) mean nothing for backups and would
    /// overflow date arithmetic (a date minus maxAge), so they are a schema finding, never a failed file or rule.
    /// </summary>
    public static readonly TimeSpan Longest = TimeSpan.FromDays(365 * 1000);

    /// <summary>Parses a duration such as <c>30d</c> or <c>PT1H</c>; false when the text is not one.</summary>
    public static bool TryParse(string? text, out TimeSpan duration) => TryParse(text, out duration, out _);

    /// <summary>Parses a duration (zero included), or says why it is not one: not a duration at all, or longer than <see cref="Longest"/>.</summary>
    public static bool TryParse(string? text, out TimeSpan duration, out string? problem)
    {
        duration = default;
        problem = "is not a duration (30m, 1h, 7d, 2w, 1y, or ISO 8601 such as P90D)";
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var value = text.Trim();
        var fields = value[0] is 'P' or 'p' ? IsoFields(value.ToUpperInvariant()) : ShortFormFields(value);
        if (fields is null)
        {
            return false;
        }

        // Measured in doubles first, so that no amount can overflow; built exactly once it is known to fit. Loops, not
        // LINQ: Sum and Aggregate over fields were framework generics JIT-compiled at every start (docs/performance.md).
        var days = 0d;
        foreach (var field in fields)
        {
            days += field.Amount * field.Unit.TotalDays;
        }

        if (days > Longest.TotalDays)
        {
            problem = "is longer than bpl reads (at most 1000y); write the period the plan really means";
            return false;
        }

        duration = TimeSpan.Zero;
        foreach (var field in fields)
        {
            duration += field.Unit * field.Amount;
        }

        problem = null;
        return true;
    }

    /// <summary>
    /// An amount of a unit (<c>90d</c> is 90 of one day). A class, not a <c>(double, TimeSpan)</c> tuple: a list of a value
    /// tuple is a framework generic that ReadyToRun code cannot hold, JIT-compiled at every start.
    /// </summary>
    private sealed record Field(double Amount, TimeSpan Unit);

    private static readonly TimeSpan Year = TimeSpan.FromDays(365);

    /// <summary>xs:duration's reading of a month, as XmlConvert had it.</summary>
    private static readonly TimeSpan Month = TimeSpan.FromDays(30);

    private static List<Field>? ShortFormFields(string value)
    {
        if (value.Length < 2 || !double.TryParse(value.AsSpan(0, value.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var amount))
        {
            return null;
        }

        TimeSpan? unit = value[^1] switch
        {
            's' => TimeSpan.FromSeconds(1),
            'm' => TimeSpan.FromMinutes(1),
            'h' => TimeSpan.FromHours(1),
            'd' => TimeSpan.FromDays(1),
            'w' => TimeSpan.FromDays(7),
            'y' => Year,
            _ => null,
        };
        return unit is { } u ? [new Field(amount, u)] : null;
    }

    /// <summary>ISO 8601 fields (years as 365 days, months as 30, as xs:duration reads them); null when the text is not ISO 8601.</summary>
    private static List<Field>? IsoFields(string value)
    {
        var match = IsoShape.Match(value);
        if (!match.Success || value.EndsWith('T') || value == "P")
        {
            return null;
        }

        TimeSpan[] units = [Year, Month, TimeSpan.FromDays(7), TimeSpan.FromDays(1), TimeSpan.FromHours(1), TimeSpan.FromMinutes(1), TimeSpan.FromSeconds(1)];
        var fields = new List<Field>();
        for (var group = 1; group <= units.Length; group++)
        {
            if (match.Groups[group].Success)
            {
                fields.Add(new Field(double.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture), units[group - 1]));
            }
        }

        return fields.Count == 0 ? null : fields;
    }

    private static readonly System.Text.RegularExpressions.Regex IsoShape = new(
        @"^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

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
}
