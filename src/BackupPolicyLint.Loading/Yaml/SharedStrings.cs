namespace BackupPolicyLint.Loading.Yaml;

/// <summary>
/// One instance per distinct short scalar: keys (name, schedule, databases…) and enum-like values repeat on every plan
/// element and in every plan file, and each occurrence was its own string in the retained tree. One table per thread
/// lives across files, so 10,000 plans share one "schedule" and no file pays for growing a table of its own.
/// </summary>
internal sealed class SharedStrings
{
    private const int MaxLength = 32;

    /// <summary>Past this many distinct strings the table starts again, so a file of random words cannot grow it without end.</summary>
    internal const int MaxEntries = 4096;

    [ThreadStatic]
    private static SharedStrings? _forThisThread;

    private readonly Dictionary<string, string> _seen = new(StringComparer.Ordinal);

    /// <summary>The calling thread's table (a reader runs on one thread from start to end).</summary>
    public static SharedStrings ForThisThread() => _forThisThread ??= new SharedStrings();

    /// <summary>Forgets every string (tests start from an empty table).</summary>
    internal void Clear() => _seen.Clear();

    public string Share(string value)
    {
        if (value.Length > MaxLength)
        {
            return value;
        }

        if (_seen.TryGetValue(value, out var shared))
        {
            return shared;
        }

        if (_seen.Count >= MaxEntries)
        {
            _seen.Clear();
        }

        _seen[value] = value;
        return value;
    }
}
