using System.Globalization;

namespace BackupPolicyLint.Model;

/// <summary>
/// A Neo4j version as (year-or-major, minor): 4.4, 5.26, 2025.10. Calendar versions (2025.01 on)
/// follow 5.26, and comparing the pairs orders them correctly because years are larger than majors.
/// </summary>
public readonly record struct Neo4jVersion(int Major, int Minor) : IComparable<Neo4jVersion>
{
    internal static Neo4jVersion RemoteAddressResolution => Neo4jFeatures.Since(Neo4jFeature.RemoteAddressResolution);

    /// <summary>Reads <c>4.4</c>, <c>5.26.0</c>, <c>2025.10</c> and the like; false when the text is not a version.</summary>
    public static bool TryParse(string? text, out Neo4jVersion version)
    {
        version = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var parts = text.Trim().Split('.');
        if (parts.Length < 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var major)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var minor))
        {
            return false;
        }

        version = new Neo4jVersion(major, minor);
        return true;
    }

    /// <summary>Orders versions: 4.4 before 5.26 before 2025.01.</summary>
    public int CompareTo(Neo4jVersion other) => Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor);

    /// <summary>True when <paramref name="left"/> is older.</summary>
    public static bool operator <(Neo4jVersion left, Neo4jVersion right) => left.CompareTo(right) < 0;
    /// <summary>True when <paramref name="left"/> is newer.</summary>
    public static bool operator >(Neo4jVersion left, Neo4jVersion right) => left.CompareTo(right) > 0;
    /// <summary>True when <paramref name="left"/> is older or the same.</summary>
    public static bool operator <=(Neo4jVersion left, Neo4jVersion right) => left.CompareTo(right) <= 0;
    /// <summary>True when <paramref name="left"/> is newer or the same.</summary>
    public static bool operator >=(Neo4jVersion left, Neo4jVersion right) => left.CompareTo(right) >= 0;

    /// <summary>The version as Neo4j writes it: <c>5.26</c>, <c>2025.01</c>.</summary>
    public override string ToString() => Major >= 2000 ? $"{Major}.{Minor:00}" : $"{Major}.{Minor}";
}
