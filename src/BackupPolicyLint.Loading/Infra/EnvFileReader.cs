using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Loading.Files;

namespace BackupPolicyLint.Loading.Infra;

/// <summary>
/// Reads <c>NAME=value</c> files: compose's <c>env_file</c> and the <c>.env</c> beside a compose file (blank lines and
/// <c>#</c> comments skipped, an optional <c>export </c>, one level of matching quotes removed), each variable located
/// on its line. A file that cannot be read gives no variables.
/// </summary>
internal static class EnvFileReader
{
    /// <summary>How findings name a file given relative to another checked file: <c>docker/neo4j.env</c>, not <c>docker/./neo4j.env</c>.</summary>
    public static string DisplayPath(string fileDisplay, string relative)
    {
        var folder = Path.GetDirectoryName(fileDisplay) ?? "";
        var joined = Path.Combine(folder, relative).Replace('\\', '/');
        return joined.StartsWith("./", StringComparison.Ordinal) ? joined[2..] : joined.Replace("/./", "/", StringComparison.Ordinal);
    }

    public static List<(string Name, string Value, SourceSpan Span)> Read(string fullPath, string displayPath)
    {
        string text;
        try
        {
            // The env file sits in the checked tree, which a pull request writes: a regular file only (a FIFO named
            // .env must not hang the run) and never more than 1 MiB read.
            if (!File.Exists(fullPath) || InputFileReader.ReadAll(fullPath, 1024 * 1024) is not { Bytes: { } bytes })
            {
                return [];
            }

            text = System.Text.Encoding.UTF8.GetString(bytes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [];
        }

        var variables = new List<(string, string, SourceSpan)>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            var body = line.TrimStart();
            var start = line.Length - body.Length;
            if (body.StartsWith("export ", StringComparison.Ordinal))
            {
                body = body["export ".Length..].TrimStart();
            }

            var equals = body.IndexOf('=', StringComparison.Ordinal);
            if (body.Length == 0 || body[0] == '#' || equals <= 0)
            {
                continue;
            }

            var value = body[(equals + 1)..].Trim();
            if (value.Length >= 2 && value[0] is '"' or '\'' && value[^1] == value[0])
            {
                value = value[1..^1];
            }

            variables.Add((body[..equals].Trim(), value, new SourceSpan(displayPath, i + 1, start + 1, i + 1, line.TrimEnd().Length + 1)));
        }

        return variables;
    }
}
