namespace BackupPolicyLint.Model;

/// <summary>
/// <c>db.tx_log.rotation.retention_policy</c> as written: <c>false</c>/<c>keep_none</c> keeps no history,
/// <c>true</c>/<c>keep_all</c> keeps everything, otherwise "&lt;n&gt; &lt;unit&gt; [cap]".
/// </summary>
public sealed record TxLogRetention(string Text, bool KeepsNone, bool KeepsAll, TimeSpan? Window)
{
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
        if (parts.Length >= 2 && long.TryParse(parts[0].TrimEnd('k', 'm', 'g'), out var amount))
        {
            window = parts[1] switch
            {
                "hours" or "hour" => TimeSpan.FromHours(amount),
                "days" or "day" => TimeSpan.FromDays(amount),
                _ => null,
            };
        }

        return new TxLogRetention(text, KeepsNone: false, KeepsAll: false, Window: window);
    }
}
