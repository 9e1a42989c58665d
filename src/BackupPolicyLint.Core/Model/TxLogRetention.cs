namespace BackupPolicyLint.Model;

/// <summary>
/// <c>db.tx_log.rotation.retention_policy</c> as written: <c>false</c>/<c>keep_none</c> keeps no history,
/// <c>true</c>/<c>keep_all</c> keeps everything, otherwise "&lt;n&gt; &lt;unit&gt; [cap]".
/// </summary>
public sealed record TxLogRetention(string Text, bool KeepsNone, bool KeepsAll, TimeSpan? Window)
{
    /// <summary>A time window longer than bpl reads (<see cref="Durations.Longest"/>): the plan gets BPL002, the rules no window.</summary>
    public bool OutOfRange { get; init; }

    /// <summary>Reads Neo4j's retention syntax; time-based windows give a duration, size/count-based ones do not.</summary>
    public static TxLogRetention Parse(string text)
    {
        var value = text.Trim().ToLowerInvariant();
        if (value is "false" or "keep_none")
        {
            return new TxLogRetention(text, KeepsNone: true, KeepsAll: false, Window: null);
        }

        if (value is "true" or "keep_all")
        {
            return new TxLogRetention(text, KeepsNone: false, KeepsAll: true, Window: null);
        }

        var parts = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        TimeSpan? window = null;
        var outOfRange = false;
        if (parts.Length >= 2 && double.TryParse(parts[0].TrimEnd('k', 'm', 'g'), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var amount))
        {
            // Measured in days first, so that no amount can overflow a TimeSpan.
            double? days = parts[1] switch
            {
                "hours" or "hour" => amount / 24,
                "days" or "day" => amount,
                _ => null,
            };
            outOfRange = days > Durations.Longest.TotalDays;
            window = days is { } d && !outOfRange ? TimeSpan.FromHours(Math.Round(d * 24)) : null;
        }

        return new TxLogRetention(text, KeepsNone: false, KeepsAll: false, Window: window) { OutOfRange = outOfRange };
    }
}
