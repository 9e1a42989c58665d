namespace BackupPolicyLint.Loading.Yaml;

/// <summary>
/// One instance per distinct short scalar within a file: keys (name, schedule, databases…) and enum-like values repeat
/// on every plan element, and each occurrence was its own string in the retained tree.
/// </summary>
internal sealed class SharedStrings
{
    private const int MaxLength = 32;

    private readonly Dictionary<string, string> _seen = new(StringComparer.Ordinal);

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

        _seen[value] = value;
        return value;
    }
}
