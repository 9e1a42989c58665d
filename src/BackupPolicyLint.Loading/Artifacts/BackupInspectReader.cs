using System.Globalization;
using BackupPolicyLint.Diagnostics;
using BackupPolicyLint.Loading.Files;
using BackupPolicyLint.Model;

namespace BackupPolicyLint.Loading.Artifacts;

/// <summary>
/// Reads the TABULAR output of <c>neo4j-admin backup inspect</c> (or the older
/// <c>neo4j-admin database backup --inspect-path</c>) saved to a file (<c>--backup-inspect FILE</c>). Columns are
/// found by their header names, not positions (neo4j-facts §2): FILE, DATABASE and FULL are required; DATABASE ID,
/// TIME (UTC) or the older TIME, COMPRESSED, LOWEST TX, HIGHEST TX and RECOVERED are used when present, and any
/// other column (STORE ID HASH) is ignored. Lines outside the table (log lines, borders) are skipped; a repeated
/// header starts no new table. JSON output is refused with a finding: its key names are not documented.
/// </summary>
internal static class BackupInspectReader
{
    /// <summary>64 MiB: about 300,000 rows, far more than any backup folder holds.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    private static readonly string[] Required = ["FILE", "DATABASE", "FULL"];

    public static InspectReadResult Read(string fullPath, string displayPath)
    {
        // A regular file only, and never more than MaxBytes read (a FIFO would hang, /dev/zero would never end).
        var (bytes, _) = InputFileReader.ReadAll(fullPath, MaxBytes);
        if (bytes is null)
        {
            return Failed(displayPath, 1, $"the backup inspect output is more than the {MaxBytes / (1024 * 1024)} MiB bpl reads; inspect one database at a time (--database)");
        }

        using var reader = new StringReader(System.Text.Encoding.UTF8.GetString(bytes));
        return Parse(Lines(reader).ToList(), displayPath);
    }

    private static IEnumerable<string> Lines(StringReader reader)
    {
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }

    public static InspectReadResult Parse(IEnumerable<string> lines, string displayPath)
    {
        var records = new List<BackupInspectRecord>();
        var problems = new List<Finding>();
        Dictionary<string, int>? columns = null;
        var number = 0;
        var seenText = false;
        foreach (var raw in lines)
        {
            number++;
            var line = raw.Trim();
            if (!seenText && line.Length > 0)
            {
                seenText = true;
                if (line[0] is '{' or '[')
                {
                    return Failed(displayPath, number, "this is JSON; bpl reads the TABULAR output of `neo4j-admin backup inspect` (the default, or --format=TABULAR), because the JSON keys are not documented");
                }
            }

            if (!line.StartsWith('|'))
            {
                continue;
            }

            var cells = Cells(line);
            if (IsHeader(cells))
            {
                var header = Header(cells);
                var missing = Required.Where(r => !header.ContainsKey(r)).ToList();
                if (missing.Count > 0)
                {
                    problems.Add(Problem(displayPath, number, $"the inspect table has no {string.Join(", ", missing)} column; save the output of `neo4j-admin backup inspect --show-metadata` (the option is needed before 2025.07)"));
                    columns = null;
                    continue;
                }

                columns = header;
                continue;
            }

            if (columns is null)
            {
                continue;
            }

            if (cells.Count != columns.Count)
            {
                problems.Add(Problem(displayPath, number, $"the row has {cells.Count} cells, the header {columns.Count}; the row is not used"));
                continue;
            }

            if (Row(cells, columns, number, out var error) is { } record)
            {
                records.Add(record);
            }
            else
            {
                problems.Add(Problem(displayPath, number, $"{error}; the row is not used"));
            }
        }

        if (records.Count == 0 && problems.Count == 0 && columns is null)
        {
            problems.Add(Problem(displayPath, 1, "no table with FILE, DATABASE and FULL columns was found: this is not the TABULAR output of `neo4j-admin backup inspect --show-metadata`"));
        }

        return new InspectReadResult(records, problems);
    }

    private static List<string> Cells(string line)
    {
        var parts = line.Split('|');
        var end = line.EndsWith('|') && line.Length > 1 ? parts.Length - 1 : parts.Length;
        return parts[1..end].Select(p => p.Trim()).ToList();
    }

    private static bool IsHeader(List<string> cells) =>
        cells.Exists(c => c.Equals("FILE", StringComparison.OrdinalIgnoreCase))
        && cells.Exists(c => c.Equals("DATABASE", StringComparison.OrdinalIgnoreCase));

    /// <summary>Column names upper-cased; "TIME (UTC)" and the older "TIME" are the same column.</summary>
    private static Dictionary<string, int> Header(List<string> cells)
    {
        var header = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < cells.Count; i++)
        {
            var name = cells[i].ToUpperInvariant();
            header.TryAdd(name == "TIME (UTC)" ? "TIME" : name, i);
        }

        return header;
    }

    private static BackupInspectRecord? Row(List<string> cells, Dictionary<string, int> columns, int line, out string error)
    {
        string? Cell(string name) => columns.TryGetValue(name, out var i) && cells[i].Length > 0 ? cells[i] : null;

        error = "";
        var file = Cell("FILE");
        var database = Cell("DATABASE");
        if (file is null || database is null)
        {
            error = "the row has no FILE or DATABASE";
            return null;
        }

        if (!TryBool(Cell("FULL"), out var full) || full is null)
        {
            error = $"FULL is '{Cell("FULL")}', not true or false";
            return null;
        }

        DateTimeOffset? time = null;
        if (Cell("TIME") is { } timeText)
        {
            if (!DateTimeOffset.TryParse(timeText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
            {
                error = $"TIME '{timeText}' is not a date and time";
                return null;
            }

            time = parsed;
        }

        if (!TryLong(Cell("LOWEST TX"), out var lowest) || !TryLong(Cell("HIGHEST TX"), out var highest))
        {
            error = $"LOWEST TX '{Cell("LOWEST TX")}' or HIGHEST TX '{Cell("HIGHEST TX")}' is not a transaction id";
            return null;
        }

        if (!TryBool(Cell("COMPRESSED"), out var compressed) || !TryBool(Cell("RECOVERED"), out var recovered))
        {
            error = $"COMPRESSED '{Cell("COMPRESSED")}' or RECOVERED '{Cell("RECOVERED")}' is not true or false";
            return null;
        }

        return new BackupInspectRecord
        {
            File = file,
            FileName = FileNameOf(file),
            Database = database,
            DatabaseId = Cell("DATABASE ID"),
            Time = time,
            Full = full.Value,
            Compressed = compressed,
            LowestTx = lowest,
            HighestTx = highest,
            Recovered = recovered,
            Line = line,
        };
    }

    /// <summary>The last path segment of a URI (file://, s3://, gs://, azb://) or a plain path, unescaped.</summary>
    public static string FileNameOf(string file)
    {
        var path = Uri.TryCreate(file, UriKind.Absolute, out var uri) && !uri.IsUnc ? uri.AbsolutePath : file;
        var slash = path.Replace('\\', '/').LastIndexOf('/');
        return Uri.UnescapeDataString(slash >= 0 ? path[(slash + 1)..] : path);
    }

    private static bool TryBool(string? text, out bool? value)
    {
        value = null;
        if (text is null)
        {
            return true;
        }

        if (bool.TryParse(text, out var parsed))
        {
            value = parsed;
            return true;
        }

        return false;
    }

    private static bool TryLong(string? text, out long? value)
    {
        value = null;
        if (text is null)
        {
            return true;
        }

        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
        {
            value = parsed;
            return true;
        }

        return false;
    }

    private static InspectReadResult Failed(string displayPath, int line, string message) =>
        new([], [Problem(displayPath, line, message)]);

    private static Finding Problem(string displayPath, int line, string message) => DiagnosticIds.Create(
        DiagnosticIds.ParseError,
        message,
        new SourceSpan(displayPath, line, 1, line, 1),
        SourceKind.Artifacts,
        subject: "backup-inspect",
        logicalPath: "");
}
