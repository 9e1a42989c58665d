namespace BackupPolicyLint.Cli.Output;

/// <summary>
/// Pairs repeated --format and --output in command-line order: an --output belongs to the nearest --format before it
/// (one given before any --format belongs to the first format, or to text when no format is given). A format without
/// --output goes to standard output, and only one may.
/// </summary>
internal static class ReportTargets
{
    public const string DefaultFormat = "text";

    /// <param name="options">The --format and --output values in the order they were given.</param>
    public static IReadOnlyList<ReportTarget> Pair(IEnumerable<FormatOrOutput> options)
    {
        var formats = new List<string>();
        var outputs = new List<string?>();
        string? leading = null;
        foreach (var (isFormat, value) in options)
        {
            if (isFormat)
            {
                formats.Add(value);
                outputs.Add(null);
            }
            else if (formats.Count == 0)
            {
                leading = leading is null ? value : throw new UsageException($"--output '{value}' and '{leading}' are both given before any --format; give each --output after its --format");
            }
            else if (outputs[^1] is null)
            {
                outputs[^1] = value;
            }
            else
            {
                throw new UsageException($"--format {formats[^1]} has two outputs ('{outputs[^1]}' and '{value}'); give each --output after its --format");
            }
        }

        if (formats.Count == 0)
        {
            formats.Add(DefaultFormat);
            outputs.Add(null);
        }

        if (leading is not null)
        {
            outputs[0] = outputs[0] is null ? leading : throw new UsageException($"--format {formats[0]} has two outputs ('{leading}' and '{outputs[0]}'); give each --output after its --format");
        }

        var targets = formats.Select((format, i) => new ReportTarget(format, outputs[i])).ToList();
        var toStdout = targets.Where(t => t.Output is null).Select(t => t.Format).ToList();
        if (toStdout.Count > 1)
        {
            throw new UsageException($"only one format can go to standard output, but {string.Join(" and ", toStdout)} have no --output; give --output FILE after each --format but one");
        }

        var repeated = targets.Where(t => t.Output is not null).GroupBy(t => t.Output, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new UsageException($"--output '{repeated.Key}' is given for more than one format");
        }

        return targets;
    }
}
