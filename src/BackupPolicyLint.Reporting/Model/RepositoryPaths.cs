namespace BackupPolicyLint.Reporting.Model;

/// <summary>Joins a prefix and a relative path with '/', resolving "." and ".." segments.</summary>
internal static class RepositoryPaths
{
    public static string Combine(string prefix, string file)
    {
        var segments = new List<string>();
        foreach (var segment in $"{prefix}/{file}".Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (segment == ".")
            {
                continue;
            }

            if (segment == ".." && segments.Count > 0 && segments[^1] != "..")
            {
                segments.RemoveAt(segments.Count - 1);
            }
            else
            {
                segments.Add(segment);
            }
        }

        return string.Join('/', segments);
    }
}
